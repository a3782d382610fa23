using System.Diagnostics.CodeAnalysis;
using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>
/// A component as OSV names packages: the OSV ecosystem (with a release suffix such as <c>Debian:12</c> where the
/// purl says which) and the package name in that ecosystem's own form (npm <c>@scope/name</c>, Maven
/// <c>group:artifact</c>, Go module path, Packagist <c>vendor/name</c>).
/// </summary>
public sealed record PackageCoordinates(string Ecosystem, string Name)
{
    /// <summary>The ecosystem without its release suffix, e.g. Debian for Debian:12.</summary>
    public string BaseEcosystem => Ecosystem.Split(':', 2)[0];

    /// <summary>Maps a package URL to OSV coordinates; false for purl types OSV has no ecosystem for.</summary>
    public static bool TryFrom(PackageUrl purl, [NotNullWhen(true)] out PackageCoordinates? coordinates)
    {
        ArgumentNullException.ThrowIfNull(purl);
        coordinates = null;
        var joined = purl.Namespace is null ? purl.Name : $"{purl.Namespace}/{purl.Name}";
        string? ecosystem = purl.Type switch
        {
            "npm" => "npm",
            "pypi" => "PyPI",
            "nuget" => "NuGet",
            "maven" => "Maven",
            "golang" => "Go",
            "cargo" => "crates.io",
            "gem" => "RubyGems",
            "composer" => "Packagist",
            "hex" => "Hex",
            "pub" => "Pub",
            "cran" => "CRAN",
            "deb" => Distribution(purl, purl.Namespace?.ToLowerInvariant() switch
            {
                "ubuntu" => "Ubuntu",
                _ => "Debian",
            }),
            "apk" => Distribution(purl, "Alpine"),
            _ => null,
        };
        if (ecosystem is null)
        {
            return false;
        }

        var name = purl.Type switch
        {
            "maven" when purl.Namespace is not null => $"{purl.Namespace}:{purl.Name}",
            "npm" or "golang" or "composer" => joined,
            _ => purl.Name,
        };
        coordinates = new PackageCoordinates(ecosystem, name);
        return true;
    }

    // The purl's distro qualifier ("debian-12", "alpine-3.18", "bookworm") names the release; OSV writes
    // "Debian:12" and "Alpine:v3.18". A codename or no qualifier leaves the base ecosystem.
    private static string Distribution(PackageUrl purl, string baseEcosystem)
    {
        if (!purl.Qualifiers.TryGetValue("distro", out var distro))
        {
            return baseEcosystem;
        }

        var dash = distro.LastIndexOf('-');
        var release = dash >= 0 ? distro[(dash + 1)..] : distro;
        if (release.Length == 0 || !char.IsAsciiDigit(release[0]))
        {
            return baseEcosystem;
        }

        if (baseEcosystem == "Alpine")
        {
            var parts = release.Split('.');
            release = parts.Length >= 2 ? $"v{parts[0]}.{parts[1]}" : $"v{release}";
        }

        return $"{baseEcosystem}:{release}";
    }
}
