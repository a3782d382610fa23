using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// Finds the version ordering of an OSV ecosystem by name: <c>npm</c>, <c>PyPI</c>, <c>NuGet</c>, <c>Maven</c>,
/// <c>Go</c>, <c>crates.io</c>, <c>RubyGems</c>, <c>Packagist</c>, <c>Hex</c>, <c>Pub</c>, <c>Debian</c>,
/// <c>Alpine</c>, <c>CRAN</c>, and <c>SemVer</c> for OSV's generic SEMVER ranges. Names are case-insensitive, and a
/// release suffix (<c>Debian:12</c>, <c>Alpine:v3.18</c>) selects the base ecosystem's ordering.
/// </summary>
public static class VersionSchemes
{
    private static readonly Dictionary<string, IVersionScheme> Schemes = new IVersionScheme[]
    {
        new VersionScheme<SemVerVersion>("SemVer", SemVerVersion.TryParse),
        new VersionScheme<NpmVersion>("npm", NpmVersion.TryParse),
        new VersionScheme<PyPiVersion>("PyPI", PyPiVersion.TryParse),
        new VersionScheme<NuGetVersion>("NuGet", NuGetVersion.TryParse),
        new VersionScheme<MavenVersion>("Maven", MavenVersion.TryParse),
        new VersionScheme<GoVersion>("Go", GoVersion.TryParse),
        new VersionScheme<SemVerVersion>("crates.io", (string text, [NotNullWhen(true)] out SemVerVersion? v, [NotNullWhen(false)] out string? e) => SemVerVersion.TryParse(text, "crates.io", allowLeadingV: true, out v, out e)),
        new VersionScheme<RubyGemsVersion>("RubyGems", RubyGemsVersion.TryParse),
        new VersionScheme<PackagistVersion>("Packagist", PackagistVersion.TryParse),
        new VersionScheme<SemVerVersion>("Hex", (string text, [NotNullWhen(true)] out SemVerVersion? v, [NotNullWhen(false)] out string? e) => SemVerVersion.TryParse(text, "Hex", allowLeadingV: true, out v, out e)),
        new VersionScheme<PubVersion>("Pub", PubVersion.TryParse),
        new VersionScheme<DebianVersion>("Debian", DebianVersion.TryParse),
        new VersionScheme<AlpineVersion>("Alpine", AlpineVersion.TryParse),
        new VersionScheme<CranVersion>("CRAN", CranVersion.TryParse),
    }.ToDictionary(s => s.Ecosystem, StringComparer.OrdinalIgnoreCase);

    /// <summary>The OSV ecosystem names that have an ordering, in their canonical spelling.</summary>
    public static IReadOnlyList<string> Ecosystems { get; } = [.. Schemes.Keys];

    /// <summary>The ordering of an OSV ecosystem; throws <see cref="ArgumentException"/> naming the known ecosystems if there is none.</summary>
    public static IVersionScheme For(string osvEcosystemName) =>
        TryFor(osvEcosystemName, out var scheme)
            ? scheme
            : throw new ArgumentException(
                $"no version ordering for ecosystem '{osvEcosystemName}' (known: {string.Join(", ", Ecosystems)})", nameof(osvEcosystemName));

    /// <summary>The ordering of an OSV ecosystem, or false if the name is not one this project orders.</summary>
    public static bool TryFor(string? osvEcosystemName, [NotNullWhen(true)] out IVersionScheme? scheme)
    {
        scheme = null;
        if (string.IsNullOrWhiteSpace(osvEcosystemName))
        {
            return false;
        }

        var name = osvEcosystemName.Trim();
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            name = name[..colon];
        }

        return Schemes.TryGetValue(name, out scheme);
    }
}
