using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers;

/// <summary>Collects "A depends on B" edges in document order, without duplicates, and builds the dependency list.</summary>
internal sealed class DependencyGraphBuilder
{
    private readonly Dictionary<string, List<string>> _edges = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Records that <paramref name="from"/> is in the graph, even if it depends on nothing.</summary>
    public List<string> Node(string from)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            targets = [];
            _edges.Add(from, targets);
            _order.Add(from);
        }

        return targets;
    }

    public void Add(string from, string to)
    {
        var targets = Node(from);
        if (!targets.Contains(to, StringComparer.Ordinal))
        {
            targets.Add(to);
        }
    }

    public List<SbomDependency> Build() => [.. _order.Select(r => new SbomDependency(r, [.. _edges[r]]))];
}
