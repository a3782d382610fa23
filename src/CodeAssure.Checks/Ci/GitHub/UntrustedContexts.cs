using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Ci.GitHub;

/// <summary>
/// The GitHub Actions contexts whose values someone outside the project can choose: titles, bodies, branch names,
/// commit messages and author details of issues, pull requests, comments, reviews, discussions, pushes and wiki pages.
/// </summary>
internal static partial class UntrustedContexts
{
    /// <summary>The expressions (<c>${{ … }}</c>) in a text, with their offsets, whose content reads an untrusted context.</summary>
    public static IEnumerable<(string Expression, string Context, int Offset)> In(string text)
    {
        foreach (var (expression, inner, offset) in Expressions(text))
        {
            var match = Untrusted().Match(inner);
            if (match.Success)
            {
                yield return (expression, match.Value, offset);
            }
        }
    }

    /// <summary>Every <c>${{ … }}</c> expression in a text: the whole expression, its content, and its offset.</summary>
    public static IEnumerable<(string Expression, string Inner, int Offset)> Expressions(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("${{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                yield break;
            }

            var close = text.IndexOf("}}", open + 3, StringComparison.Ordinal);
            if (close < 0)
            {
                yield break;
            }

            yield return (text[open..(close + 2)], text[(open + 3)..close].Trim(), open);
            at = close + 2;
        }
    }

    /// <summary>True when a value references an untrusted pull-request head (used by checkout 'ref' or 'repository').</summary>
    public static bool IsPullRequestHead(string value) => PullRequestHead().IsMatch(value);

    [GeneratedRegex(
        @"\bgithub\.head_ref\b"
        + @"|\bgithub\.event\.(issue|pull_request|discussion)\.(title|body)\b"
        + @"|\bgithub\.event\.(comment|review|review_comment)\.body\b"
        + @"|\bgithub\.event\.pages(\[[^\]\s]*\]|\.\*)?\.page_name\b"
        + @"|\bgithub\.event\.(commits(\[[^\]\s]*\]|\.\*)?|head_commit)\.(message|(author|committer)\.(email|name))\b"
        + @"|\bgithub\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b"
        + @"|\bgithub\.event\.workflow_run\.(head_branch|display_title|head_commit\.(message|(author|committer)\.(email|name)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Untrusted();

    [GeneratedRegex(
        @"\bgithub\.head_ref\b"
        + @"|\bgithub\.event\.pull_request\.(head\.(sha|ref|repo\.full_name)|merge_commit_sha|number)\b"
        + @"|\bgithub\.event\.workflow_run\.(head_sha|head_branch|head_commit\.id|head_repository\.full_name|pull_requests)\b"
        + @"|refs/pull/",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PullRequestHead();
}
