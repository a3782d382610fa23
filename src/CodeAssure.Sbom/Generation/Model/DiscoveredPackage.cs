namespace CodeAssure.Sbom.Generation.Model;

/// <summary>One package found in the lock files of a project, merged over every file that names it.</summary>
public sealed class DiscoveredPackage
{
    /// <summary>Creates a package; the lists are copied and sorted so that output is deterministic.</summary>
    public DiscoveredPackage(
        PackageEcosystem ecosystem,
        string? @namespace,
        string name,
        string version,
        string purl,
        DependencyScope scope,
        DependencyRelation relation,
        IEnumerable<PackageHash> hashes,
        IEnumerable<string> sourceFiles,
        IEnumerable<string> dependsOn,
        IEnumerable<PackageProperty> properties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(purl);
        Ecosystem = ecosystem;
        Namespace = string.IsNullOrEmpty(@namespace) ? null : @namespace;
        Name = name;
        Version = version;
        Purl = purl;
        Scope = scope;
        Relation = relation;
        Hashes = [.. hashes.Distinct().OrderBy(h => h.Algorithm, StringComparer.Ordinal).ThenBy(h => h.Value, StringComparer.Ordinal)];
        SourceFiles = [.. sourceFiles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        DependsOn = [.. dependsOn.Where(d => d != purl).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Properties = [.. properties.Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)];
    }

    /// <summary>The ecosystem the package comes from.</summary>
    public PackageEcosystem Ecosystem { get; }

    /// <summary>The npm scope, Maven group, Go module path prefix or Composer vendor; null where the ecosystem has none.</summary>
    public string? Namespace { get; }

    /// <summary>The package name as the lock file spells it.</summary>
    public string Name { get; }

    /// <summary>The exact locked version.</summary>
    public string Version { get; }

    /// <summary>The package URL; also the package's identity (bom-ref) in the SBOM.</summary>
    public string Purl { get; }

    /// <summary>Required, optional or development-only.</summary>
    public DependencyScope Scope { get; }

    /// <summary>Direct, transitive or unknown.</summary>
    public DependencyRelation Relation { get; }

    /// <summary>Digests of the package's artifact, where the lock file records them.</summary>
    public IReadOnlyList<PackageHash> Hashes { get; }

    /// <summary>The lock files and manifests (relative to the scanned folder, '/'-separated) that name the package.</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>The purls of the packages this one depends on.</summary>
    public IReadOnlyList<string> DependsOn { get; }

    /// <summary>Further facts (e.g. <c>codeassure:go-sum-h1</c>).</summary>
    public IReadOnlyList<PackageProperty> Properties { get; }

    /// <summary>The display name: namespace and name joined as the ecosystem writes them.</summary>
    public string DisplayName => Namespace is null
        ? Name
        : Ecosystem switch
        {
            PackageEcosystem.Maven => $"{Namespace}:{Name}",
            _ => $"{Namespace}/{Name}",
        };
}
