using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Framework;

/// <summary>
/// One pattern a check looks for in the text of some files: which files (by relative path), the regular expression
/// (matched against the whole file, so a rule may span lines), how serious a match is and what it means.
/// </summary>
/// <param name="Id">The rule id within its check, e.g. "python-verify-false".</param>
/// <param name="AppliesTo">Whether the rule reads a file, given its relative path.</param>
/// <param name="Pattern">What it looks for; compiled with a match timeout so hostile input cannot stall a scan.</param>
/// <param name="Level">The level of a match outside test code.</param>
/// <param name="Message">What a match means, in one line.</param>
internal sealed record TextRule(string Id, Func<string, bool> AppliesTo, Regex Pattern, FindingLevel Level, string Message)
{
    /// <summary>The timeout every rule's expression is built with.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Builds a rule from a pattern string (case-insensitive unless <paramref name="caseSensitive"/>).</summary>
    public static TextRule Create(string id, Func<string, bool> appliesTo, string pattern, FindingLevel level, string message, bool caseSensitive = false) =>
        new(id, appliesTo, new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase), MatchTimeout), level, message);
}
