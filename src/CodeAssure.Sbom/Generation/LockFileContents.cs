using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation;

/// <summary>What one lock file says: its packages, the project's direct dependencies and the edges between them.</summary>
internal sealed class LockFileContents(string sourceFile)
{
    private readonly Dictionary<string, LockedPackage> _packages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DependencyScope> _direct = new(StringComparer.Ordinal);

    /// <summary>The file, relative to the scanned folder.</summary>
    public string SourceFile { get; } = sourceFile;

    /// <summary>False when the file cannot tell direct from transitive dependencies.</summary>
    public bool DirectKnown { get; set; } = true;

    /// <summary>Non-fatal problems (e.g. unpinned requirements).</summary>
    public List<GenerationWarning> Warnings { get; } = [];

    public IReadOnlyCollection<LockedPackage> Packages => _packages.Values;

    /// <summary>Adds a package, or returns the one already added with the same purl.</summary>
    public LockedPackage Add(PackageEcosystem ecosystem, string? @namespace, string name, string version, IReadOnlyDictionary<string, string>? qualifiers = null)
    {
        var purl = PurlText.Build(ecosystem, @namespace, name, version, qualifiers);
        if (!_packages.TryGetValue(purl, out var package))
        {
            package = new LockedPackage(ecosystem, @namespace, name, version, purl);
            _packages.Add(purl, package);
        }

        return package;
    }

    public bool TryGet(string purl, out LockedPackage package) => _packages.TryGetValue(purl, out package!);

    /// <summary>Marks a package as a direct dependency of the project with the scope the manifest gives it.</summary>
    public void AddDirect(LockedPackage package, DependencyScope scope)
    {
        _direct[package.Purl] = _direct.TryGetValue(package.Purl, out var current) && current < scope ? current : scope;
    }

    public void Warn(int line, string message) => Warnings.Add(new GenerationWarning(SourceFile, line, message));

    /// <summary>
    /// Settles each package's relation and scope. A package's derived scope is the best scope of any path from a
    /// direct dependency to it (required beats optional beats dev); packages no path reaches keep what the file says
    /// or default to required.
    /// </summary>
    public IEnumerable<(LockedPackage Package, DependencyScope Scope, DependencyRelation Relation)> Settle()
    {
        var reached = new Dictionary<string, DependencyScope>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var (purl, scope) in _direct)
        {
            var effective = _packages[purl].Scope is { } stated && stated > scope ? stated : scope;
            reached[purl] = effective;
            queue.Enqueue(purl);
        }

        while (queue.Count > 0)
        {
            var purl = queue.Dequeue();
            var scope = reached[purl];
            foreach (var next in _packages[purl].DependsOn)
            {
                if (!_packages.TryGetValue(next, out var child))
                {
                    continue;
                }

                var childScope = child.Scope is { } stated && stated > scope ? stated : scope;
                if (!reached.TryGetValue(next, out var current) || childScope < current)
                {
                    reached[next] = childScope;
                    queue.Enqueue(next);
                }
            }
        }

        foreach (var package in _packages.Values)
        {
            var relation = package.Relation
                ?? (_direct.ContainsKey(package.Purl) ? DependencyRelation.Direct
                    : DirectKnown ? DependencyRelation.Transitive : DependencyRelation.Unknown);
            var scope = package.Scope ?? (reached.TryGetValue(package.Purl, out var derived) ? derived : DependencyScope.Required);
            yield return (package, scope, relation);
        }
    }
}
