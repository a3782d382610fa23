using System.Buffers;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Finds the places in a file where a rule keyword may occur, fast enough to run over every byte of a scan, so that only
/// the lines around them are decoded and given to <see cref="SecretDetector"/>. It searches for a set of values such that
/// every keyword contains one of them (case-insensitively): a superset of the keyword occurrences, never fewer.
/// The keywords are ASCII, so the search runs over the file's bytes widened one byte to one char (Latin-1), where a
/// position is a byte offset; no non-ASCII character is taken for an ASCII keyword by the detector's search either.
/// Thread-safe: the per-file search state is the caller's.
/// </summary>
internal sealed class KeywordPrefilter
{
    // A vectorised multi-string search (Teddy) stays fast with up to about 16–20 values sharing 8 buckets; with the full
    // keyword list it falls back to a scalar automaton (~200 MB/s). So the values are searched in a few groups instead.
    private const int GroupSize = 16;

    // Families of at least this many keywords sharing a prefix of 3 or more characters (key-0 … key-f) are searched by
    // that prefix.
    private const int FamilySize = 4;

    private readonly SearchValues<string>[] _groups;
    private readonly SearchValues<string>? _wholeTextKeywords;

    public KeywordPrefilter(IReadOnlyList<SecretRule> rules)
    {
        Values = Derive(rules.SelectMany(r => r.Keywords));
        // Values shorter than 3 characters would make the search use 2-character fingerprints (many false hits), so
        // they are searched on their own; string.IndexOf(…, OrdinalIgnoreCase) is a scalar loop, SearchValues is not.
        var groups = Values.Where(v => v.Length >= 3)
            .OrderBy(v => v.ToUpperInvariant(), StringComparer.Ordinal)
            .Chunk(GroupSize)
            .ToList();
        groups.AddRange(Values.Where(v => v.Length < 3).Select(v => new[] { v }));
        _groups = [.. groups.Select(g => SearchValues.Create(g, StringComparison.OrdinalIgnoreCase))];
        var wholeText = rules.Where(r => r.Scope != RuleScope.Line).SelectMany(r => r.Keywords).ToArray();
        _wholeTextKeywords = wholeText.Length == 0 ? null : SearchValues.Create(wholeText, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The values searched for: every keyword of every rule contains one of them, ignoring case.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>How many ints of search state <see cref="Next"/> needs per text.</summary>
    public int StateLength => _groups.Length;

    /// <summary>
    /// The first position at or after <paramref name="position"/> where a value occurs, or -1. <paramref name="state"/>
    /// (<see cref="StateLength"/> ints, all -1 for a new text) remembers each group's next occurrence, so a text is read
    /// about once per group however many positions are asked for, as long as they only move forward.
    /// </summary>
    public int Next(ReadOnlySpan<char> text, int position, Span<int> state)
    {
        var first = int.MaxValue;
        for (var i = 0; i < state.Length; i++)
        {
            if (state[i] != int.MaxValue && state[i] < position)
            {
                var offset = text[position..].IndexOfAny(_groups[i]);
                state[i] = offset < 0 ? int.MaxValue : position + offset;
            }

            first = Math.Min(first, state[i]);
        }

        return first == int.MaxValue ? -1 : first;
    }

    /// <summary>
    /// Whether the line holds a keyword of a rule that looks beyond the keyword's line (a PEM block, a context word for
    /// the whole file): then the line alone is not enough, and the whole text must be searched.
    /// </summary>
    public bool NeedsWholeText(ReadOnlySpan<char> line) => _wholeTextKeywords is not null && line.ContainsAny(_wholeTextKeywords);

    // The keywords without those that contain another (its occurrences are among the other's), then each large family
    // sharing a prefix replaced by that prefix.
    private static string[] Derive(IEnumerable<string> keywords)
    {
        var values = Minimal([.. keywords.Distinct(StringComparer.OrdinalIgnoreCase)]);
        var families = values
            .Where(v => v.Length >= 3)
            .GroupBy(v => v[..3], StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= FamilySize)
            .ToList();
        foreach (var family in families)
        {
            var prefix = family.First();
            foreach (var member in family)
            {
                var common = 0;
                while (common < prefix.Length && common < member.Length && char.ToUpperInvariant(prefix[common]) == char.ToUpperInvariant(member[common]))
                {
                    common++;
                }

                prefix = prefix[..common];
            }

            values = [.. values.Except(family, StringComparer.OrdinalIgnoreCase), prefix];
        }

        return [.. Minimal(values)];
    }

    private static List<string> Minimal(List<string> values) =>
        [.. values.Where(v => !values.Any(other => other.Length < v.Length && v.Contains(other, StringComparison.OrdinalIgnoreCase)))];
}
