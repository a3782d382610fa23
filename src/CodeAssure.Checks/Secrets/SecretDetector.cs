using System.Buffers;
using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Finds secrets in a text. One pass of a multi-literal search (<see cref="SearchValues{T}"/>) finds every rule keyword;
/// only then is a rule's regular expression run, and only on the text around its keyword (the line, a block, or the file).
/// Thread-safe: one detector serves every file of a scan.
/// </summary>
internal sealed class SecretDetector
{
    private const int BlockLength = 64 * 1024;

    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly SearchValues<string> _keywords;

    // Token prefixes are case-sensitive ("SG." is not "msg."); keywords of case-insensitive patterns and context words are not.
    private readonly bool[] _ignoresCase;

    // Keywords by their first character (lower-cased), each with the indexes of the rules it triggers.
    private readonly Dictionary<char, (string Keyword, int[] Rules)[]> _byFirstChar;

    public SecretDetector(IReadOnlyList<SecretRule> rules)
    {
        _rules = rules;
        _ignoresCase = [.. rules.Select(r => r.Scope == RuleScope.File || r.PatternText.StartsWith("(?i)", StringComparison.Ordinal))];
        var triggers = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var keyword in rules[i].Keywords)
            {
                if (!triggers.TryGetValue(keyword, out var list))
                {
                    triggers[keyword] = list = [];
                }

                list.Add(i);
            }
        }

        _keywords = SearchValues.Create([.. triggers.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = triggers
            .GroupBy(t => char.ToLowerInvariant(t.Key[0]))
            .ToDictionary(g => g.Key, g => g.Select(t => (t.Key, t.Value.ToArray())).ToArray());
    }

    public List<DetectedSecret> Detect(string text)
    {
        var found = new List<DetectedSecret>();
        if (text.Length == 0)
        {
            return found;
        }

        // Per rule, the end of the text already searched, so a line with several keywords is searched once per rule.
        // On the stack: the scanner calls this once per line holding a keyword, hundreds of thousands of times a scan.
        Span<int> searchedTo = stackalloc int[_rules.Count];
        var span = text.AsSpan();
        var position = 0;
        while (position < text.Length)
        {
            var offset = span[position..].IndexOfAny(_keywords);
            if (offset < 0)
            {
                break;
            }

            var hit = position + offset;
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[hit]), out var candidates))
            {
                foreach (var (keyword, rules) in candidates)
                {
                    if (!span[hit..].StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var exactCase = span[hit..].StartsWith(keyword, StringComparison.Ordinal);
                    foreach (var ruleIndex in rules)
                    {
                        if (hit < searchedTo[ruleIndex] || (!exactCase && !_ignoresCase[ruleIndex]))
                        {
                            continue;
                        }

                        var rule = _rules[ruleIndex];
                        var (start, end) = Region(text, hit, rule.Scope);
                        var afterKeyword = hit + keyword.Length;
                        if (rule.KeywordContext is { } context && afterKeyword <= end && !context(span[afterKeyword..end]))
                        {
                            // This occurrence cannot be part of a match; another occurrence on the line may still be.
                            continue;
                        }

                        start = Math.Max(start, searchedTo[ruleIndex]);
                        searchedTo[ruleIndex] = end;
                        Search(rule, text, start, end, found);
                    }
                }
            }

            position = hit + 1;
        }

        return RemoveOverlaps(found);
    }

    private static (int Start, int End) Region(string text, int hit, RuleScope scope)
    {
        if (scope == RuleScope.File)
        {
            return (0, text.Length);
        }

        var lineStart = text.LastIndexOf('\n', hit) + 1;
        if (scope == RuleScope.Block)
        {
            return (lineStart, (int)Math.Min(text.Length, (long)hit + BlockLength));
        }

        var lineEnd = text.IndexOf('\n', hit);
        return (lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }

    private static void Search(SecretRule rule, string text, int start, int end, List<DetectedSecret> found)
    {
        try
        {
            // Most keyword hits are not secrets: a match-only pass (no captures) is much cheaper than finding the groups.
            if (!rule.Pattern.IsMatch(text.AsSpan(start, end - start)))
            {
                return;
            }

            for (var match = rule.Pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                var group = match.Groups["secret"];
                var secretGroup = group.Success ? group : match;
                var secret = secretGroup.Value.TrimEnd();
                if (secret.Length == 0 || (rule.Accept is { } accept && !accept(new SecretCandidate(secret, match, text))))
                {
                    continue;
                }

                var level = rule.Level;
                string? note = null;
                if (rule.Checksum is { } checksum && !checksum(secret))
                {
                    level = FindingLevel.Low;
                    note = "its built-in checksum does not match, so it is probably not a real token";
                }

                found.Add(new DetectedSecret(rule, secretGroup.Index, secret, level, note));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological line: give up on this rule here rather than stall the scan.
        }
    }

    // Two rules matching the same characters report one finding: the earlier (more specific) rule's.
    private List<DetectedSecret> RemoveOverlaps(List<DetectedSecret> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        var priority = new Dictionary<SecretRule, int>();
        for (var i = 0; i < _rules.Count; i++)
        {
            priority[_rules[i]] = i;
        }

        var kept = new List<DetectedSecret>();
        foreach (var candidate in found.OrderBy(f => priority[f.Rule]).ThenBy(f => f.Index))
        {
            var end = candidate.Index + candidate.Secret.Length;
            if (!kept.Any(k => k.Index < end && candidate.Index < k.Index + k.Secret.Length))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Index.CompareTo(b.Index));
        return kept;
    }
}
