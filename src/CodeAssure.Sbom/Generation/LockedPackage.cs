using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation;

/// <summary>A package as one lock file describes it, while that file is being read.</summary>
internal sealed class LockedPackage(PackageEcosystem ecosystem, string? @namespace, string name, string version, string purl)
{
    public PackageEcosystem Ecosystem { get; } = ecosystem;

    public string? Namespace { get; } = @namespace;

    public string Name { get; } = name;

    public string Version { get; } = version;

    public string Purl { get; } = purl;

    /// <summary>The scope the lock file states; null to derive it from the paths that reach the package.</summary>
    public DependencyScope? Scope { get; set; }

    /// <summary>The relation the lock file states; null to derive it from the file's direct dependencies.</summary>
    public DependencyRelation? Relation { get; set; }

    public List<PackageHash> Hashes { get; } = [];

    public List<PackageProperty> Properties { get; } = [];

    public HashSet<string> DependsOn { get; } = new(StringComparer.Ordinal);

    public void AddHash(PackageHash? hash)
    {
        if (hash is not null && !Hashes.Contains(hash))
        {
            Hashes.Add(hash);
        }
    }

    /// <summary>Keeps the strongest stated scope: required beats optional beats dev.</summary>
    public void StateScope(DependencyScope scope) => Scope = Scope is { } current && current < scope ? current : scope;
}
