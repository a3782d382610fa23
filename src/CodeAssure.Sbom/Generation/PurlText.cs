using CodeAssure.Sbom.PackageNames;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation;

/// <summary>
/// Maps the ecosystems generation reads to package-URL types and names, and builds their canonical purls with
/// <see cref="PackageUrl"/>.
/// </summary>
internal static class PurlText
{
    /// <summary>The purl type of an ecosystem.</summary>
    public static string TypeOf(PackageEcosystem ecosystem) => ecosystem switch
    {
        PackageEcosystem.Npm => "npm",
        PackageEcosystem.PyPI => "pypi",
        PackageEcosystem.Maven => "maven",
        PackageEcosystem.Golang => "golang",
        PackageEcosystem.NuGet => "nuget",
        PackageEcosystem.Cargo => "cargo",
        PackageEcosystem.Gem => "gem",
        PackageEcosystem.Composer => "composer",
        _ => throw new ArgumentOutOfRangeException(nameof(ecosystem), ecosystem, null),
    };

    /// <summary>Normalises a namespace and name as the type requires (e.g. PyPI names, Composer case).</summary>
    public static (string? Namespace, string Name) Normalise(PackageEcosystem ecosystem, string? @namespace, string name)
    {
        switch (ecosystem)
        {
            case PackageEcosystem.PyPI:
                return (null, NormalisePythonName(name));
            case PackageEcosystem.Composer:
                return (@namespace?.ToLowerInvariant(), name.ToLowerInvariant());
            case PackageEcosystem.Npm when @namespace is not null && !@namespace.StartsWith('@'):
                return ("@" + @namespace, name);
            default:
                return (string.IsNullOrEmpty(@namespace) ? null : @namespace, name);
        }
    }

    /// <summary>PEP 503: lower case, and every run of '-', '_' and '.' becomes one '-'.</summary>
    public static string NormalisePythonName(string name) => PythonPackageName.Normalise(name);

    /// <summary>Builds the canonical purl (the package-URL type's own normalisation and encoding apply).</summary>
    public static string Build(PackageEcosystem ecosystem, string? @namespace, string name, string? version, IReadOnlyDictionary<string, string>? qualifiers = null)
    {
        var (ns, normalisedName) = Normalise(ecosystem, @namespace, name);
        var kept = qualifiers?.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => KeyValuePair.Create(q.Key.ToLowerInvariant(), q.Value));
        return PackageUrl.Create(TypeOf(ecosystem), ns, normalisedName, string.IsNullOrEmpty(version) ? null : version, kept).ToString();
    }
}
