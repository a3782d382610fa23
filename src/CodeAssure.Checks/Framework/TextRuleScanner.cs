using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Framework;

/// <summary>
/// Runs <see cref="TextRule"/>s over the files of a repository and turns matches into findings. Matches on lines
/// that are comments are ignored (a rule describes code or configuration in force, not documentation of it); a
/// match in test code is reported at Info.
/// </summary>
internal static class TextRuleScanner
{
    private static readonly string[] CommentStarts = ["//", "#", "*", "/*", "--", ";", "<!--", "rem ", "REM "];

    /// <summary>Every match of every rule, in path order then position; a rule whose expression times out on a file is skipped for that file.</summary>
    public static List<TextRuleMatch> Scan(RepositoryTextFiles files, IReadOnlyList<TextRule> rules, CancellationToken cancellationToken)
    {
        var matches = new List<TextRuleMatch>();
        foreach (var path in files.Paths)
        {
            var mine = rules.Where(r => r.AppliesTo(path)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (files.ReadText(path) is not { } text)
            {
                continue;
            }

            var lineStarts = LineStarts(text);
            foreach (var rule in mine)
            {
                try
                {
                    foreach (Match m in rule.Pattern.Matches(text))
                    {
                        var line = LineOf(lineStarts, m.Index);
                        var start = lineStarts[line];
                        var end = text.IndexOf('\n', start);
                        var lineText = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
                        if (IsComment(lineText))
                        {
                            continue;
                        }

                        var first = m.Value.Split('\n')[0].Trim();
                        matches.Add(new TextRuleMatch(rule, path, line + 1, m.Index - start + 1, first.Length > 120 ? first[..120] : first));
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // Hostile or pathological text: this rule says nothing about this file rather than stalling the scan.
                }
            }
        }

        return matches;
    }

    /// <summary>The finding for a match: the rule's level, or Info in test code.</summary>
    public static CheckFinding ToFinding(string checkId, TextRuleMatch match) => new()
    {
        CheckId = checkId,
        RuleId = match.Rule.Id,
        Level = TestPaths.IsTest(match.Path) ? FindingLevel.Info : match.Rule.Level,
        Message = TestPaths.IsTest(match.Path) ? $"{match.Rule.Message} (test code)" : match.Rule.Message,
        Location = new SourceLocation(match.Path, match.Line, match.Column),
        Value = match.Text,
        Fingerprint = $"{match.Rule.Id}|{match.Path}|{match.Text}",
    };

    /// <summary>True for a whole-line comment in the common syntaxes.</summary>
    public static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return CommentStarts.Any(c => trimmed.StartsWith(c, StringComparison.Ordinal));
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int index)
    {
        var i = starts.BinarySearch(index);
        return i >= 0 ? i : ~i - 1;
    }
}
