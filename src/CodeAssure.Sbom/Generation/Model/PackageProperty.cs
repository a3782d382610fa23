namespace CodeAssure.Sbom.Generation.Model;

/// <summary>A named fact about a package that has no field of its own in the SBOM formats (e.g. a go.sum hash).</summary>
/// <param name="Name">The property name, in the <c>codeassure:</c> namespace.</param>
/// <param name="Value">The value as the lock file gives it.</param>
public sealed record PackageProperty(string Name, string Value);
