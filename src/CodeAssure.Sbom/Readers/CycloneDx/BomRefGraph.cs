using System.Text;
using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>
/// The bom-refs of a CycloneDX document and the dependency graph between them. Every reference in the dependency
/// graph repeats a component's bom-ref, so each distinct text is kept once and looked up from its UTF-8 bytes instead
/// of being decoded into a new string per occurrence. Graph nodes keep document order, edges are de-duplicated.
/// </summary>
internal sealed class BomRefGraph
{
    private const int BufferChars = 256;

    // Decoded into a reused buffer, not stackalloc: this runs several times per component and stackalloc is zeroed.
    private readonly char[] _chars = new char[BufferChars];

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int> _nodeOf = []; // id -> index in _nodes, or -1
    private readonly List<SbomDependency> _nodes = [];

    public BomRefGraph() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The one string for this reference text, and its id.</summary>
    public (string Text, int Id) Intern(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > BufferChars)
        {
            return Intern(Encoding.UTF8.GetString(utf8));
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_lookup.TryGetValue(chars, out var text, out var id))
        {
            return (text, id);
        }

        return Add(new string(chars));
    }

    /// <summary>The one string for this reference text (already decoded, e.g. because it was escaped), and its id.</summary>
    public (string Text, int Id) Intern(string text) =>
        _lookup.TryGetValue(text, out var known, out var id) ? (known, id) : Add(text);

    /// <summary>Records that the reference <paramref name="id"/> depends on <paramref name="targets"/> (which may be empty).</summary>
    public void AddDependency(string from, int id, List<string> targets)
    {
        var node = _nodeOf[id];
        if (node < 0)
        {
            _nodeOf[id] = _nodes.Count;
            _nodes.Add(new SbomDependency(from, Distinct(targets, [])));
            return;
        }

        // The same ref listed twice: its edges add up.
        var earlier = _nodes[node];
        _nodes[node] = earlier with { DependsOn = [.. earlier.DependsOn, .. Distinct(targets, earlier.DependsOn)] };
    }

    /// <summary>The graph's nodes in the order their refs first appeared.</summary>
    public List<SbomDependency> Build() => _nodes;

    private (string Text, int Id) Add(string text)
    {
        var id = _nodeOf.Count;
        _ids.Add(text, id);
        _nodeOf.Add(-1);
        return (text, id);
    }

    private static string[] Distinct(List<string> targets, IReadOnlyList<string> except)
    {
        if (targets.Count == 0)
        {
            return [];
        }

        if (except.Count == 0 && !HasDuplicates(targets))
        {
            return [.. targets];
        }

        var seen = new HashSet<string>(except, StringComparer.Ordinal);
        return [.. targets.Where(seen.Add)];
    }

    private static bool HasDuplicates(List<string> targets)
    {
        if (targets.Count > 32)
        {
            return new HashSet<string>(targets, StringComparer.Ordinal).Count != targets.Count;
        }

        for (var i = 1; i < targets.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(targets[i], targets[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
