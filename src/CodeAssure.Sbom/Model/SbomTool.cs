namespace CodeAssure.Sbom.Model;

/// <summary>A tool that produced the SBOM.</summary>
/// <param name="Vendor">Who makes the tool, when the document says.</param>
/// <param name="Name">The tool's name (for SPDX 2, the text after <c>Tool:</c>, which usually includes the version).</param>
/// <param name="Version">The tool's version, when given separately.</param>
public sealed record SbomTool(string? Vendor, string Name, string? Version);
