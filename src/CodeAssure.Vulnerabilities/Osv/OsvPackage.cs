namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>The package an <see cref="OsvAffected"/> entry is about.</summary>
/// <param name="Ecosystem">The ecosystem as written, possibly with a release suffix (<c>Debian:12</c>, <c>Alpine:v3.18</c>).</param>
/// <param name="Name">The package name as the ecosystem spells it (Maven: <c>group:artifact</c>; Go: module path).</param>
/// <param name="Purl">The package URL, if the record gives one.</param>
public sealed record OsvPackage(string Ecosystem, string Name, string? Purl);
