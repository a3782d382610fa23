using System.Globalization;
using CodeAssure.Sbom.PackageNames;

namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// Where the index files a package: its base ecosystem (<c>Debian</c> for <c>Debian:12</c>), the full ecosystem as
/// written, and the name normalised the way the ecosystem compares names, so that a lookup finds every spelling.
/// </summary>
public sealed record OsvPackageKey
{
    private OsvPackageKey(string baseEcosystem, string ecosystem, string name)
    {
        BaseEcosystem = baseEcosystem;
        Ecosystem = ecosystem;
        Name = name;
    }

    /// <summary>The ecosystem without its release suffix: <c>Debian</c>, <c>Alpine</c>, <c>PyPI</c>.</summary>
    public string BaseEcosystem { get; }

    /// <summary>The ecosystem as the record writes it, suffix included: <c>Debian:12</c>.</summary>
    public string Ecosystem { get; }

    /// <summary>The normalised package name (see <see cref="NormaliseName"/>).</summary>
    public string Name { get; }

    /// <summary>The key for a package as a record or a query names it.</summary>
    public static OsvPackageKey For(string ecosystem, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(ecosystem);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var baseEcosystem = BaseOf(ecosystem);
        return new OsvPackageKey(baseEcosystem, ecosystem, NormaliseName(baseEcosystem, name));
    }

    /// <summary>The part of an ecosystem name before the first <c>:</c> (<c>Debian:12</c> → <c>Debian</c>).</summary>
    public static string BaseOf(string ecosystem)
    {
        ArgumentNullException.ThrowIfNull(ecosystem);
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ecosystem : ecosystem[..colon];
    }

    /// <summary>
    /// Normalises a package name the way its ecosystem compares names: PyPI by PEP 503 (lower case, runs of
    /// <c>-</c>, <c>_</c> and <c>.</c> become one <c>-</c>); NuGet and npm case-insensitively (lower case — npm no
    /// longer allows names that differ only in case); everything else (Maven <c>group:artifact</c>, Go module paths,
    /// crates.io, distributions …) exactly as written.
    /// </summary>
    public static string NormaliseName(string baseEcosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(baseEcosystem);
        ArgumentNullException.ThrowIfNull(name);
        return baseEcosystem switch
        {
            "PyPI" => PythonPackageName.Normalise(name),
            "NuGet" or "npm" => name.ToLowerInvariant(),
            _ => name,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Ecosystem}/{Name}";
}
