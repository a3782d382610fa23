namespace CodeAssure.Sbom.Comparison;

/// <summary>A package and the versions of it an SBOM lists.</summary>
/// <param name="Key">The version-less identity (see <see cref="ComponentIdentity"/>).</param>
/// <param name="Name">The name to show (group/name).</param>
/// <param name="Versions">The versions listed, in order.</param>
public sealed record PackageVersions(string Key, string Name, IReadOnlyList<string> Versions);
