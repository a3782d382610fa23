namespace CodeAssure.Sbom.Generation.Model;

/// <summary>Every package found under a folder, the project's direct dependencies, and the edges between packages.</summary>
public sealed class PackageGraph
{
    /// <summary>Creates a graph; packages are sorted by purl, and edges to unknown packages are dropped.</summary>
    public PackageGraph(string rootName, IEnumerable<DiscoveredPackage> packages, IEnumerable<GenerationWarning> warnings, IEnumerable<string> scannedFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootName);
        RootName = rootName;
        var list = packages.OrderBy(p => p.Purl, StringComparer.Ordinal).ToList();
        var known = list.Select(p => p.Purl).ToHashSet(StringComparer.Ordinal);
        if (known.Count != list.Count)
        {
            throw new ArgumentException("two packages have the same purl", nameof(packages));
        }

        Packages = [.. list.Select(p => p.DependsOn.All(known.Contains)
            ? p
            : new DiscoveredPackage(p.Ecosystem, p.Namespace, p.Name, p.Version, p.Purl, p.Scope, p.Relation, p.Hashes, p.SourceFiles, p.DependsOn.Where(known.Contains), p.Properties))];
        DirectDependencies = [.. Packages.Where(p => p.Relation == DependencyRelation.Direct).Select(p => p.Purl)];
        Warnings = [.. warnings];
        ScannedFiles = [.. scannedFiles.Order(StringComparer.Ordinal)];
    }

    /// <summary>The name of the scanned project (its folder name).</summary>
    public string RootName { get; }

    /// <summary>All packages, sorted by purl.</summary>
    public IReadOnlyList<DiscoveredPackage> Packages { get; }

    /// <summary>The purls of the project's direct dependencies, sorted.</summary>
    public IReadOnlyList<string> DirectDependencies { get; }

    /// <summary>Files that were skipped or only partly read.</summary>
    public IReadOnlyList<GenerationWarning> Warnings { get; }

    /// <summary>The lock files and manifests that were read (relative, '/'-separated), sorted.</summary>
    public IReadOnlyList<string> ScannedFiles { get; }
}
