using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Ci.Owners;

/// <summary>
/// A CODEOWNERS file as GitHub and GitLab read it: gitignore-style patterns, the last matching rule of a section wins,
/// a rule without owners leaves the path unowned. GitLab's [Section] headers (with optional default owners) are
/// honoured: a path is owned when any section gives it an owner. Lines GitHub would ignore ('!' negation, '[ ]'
/// ranges outside GitLab sections, owners that are not @names or e-mails) are reported.
/// </summary>
internal sealed partial class CodeOwnersFile
{
    /// <summary>Where GitHub and GitLab look, in the order they look (the first one found is used).</summary>
    public static IReadOnlyList<string> Locations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];

    private CodeOwnersFile(string path, IReadOnlyList<CodeOwnersSection> sections, IReadOnlyList<CheckFinding> problems)
    {
        Path = path;
        Sections = sections;
        Problems = problems;
    }

    /// <summary>The file, relative to the scanned folder.</summary>
    public string Path { get; }

    /// <summary>The sections (one for a GitHub file).</summary>
    public IReadOnlyList<CodeOwnersSection> Sections { get; }

    /// <summary>CA-CI-023 findings for lines that were not understood.</summary>
    public IReadOnlyList<CheckFinding> Problems { get; }

    /// <summary>The number of usable rules.</summary>
    public int RuleCount => Sections.Sum(s => s.Rules.Count);

    /// <summary>True when some section gives the path at least one owner.</summary>
    public bool IsOwned(string relativePath) => Sections.Any(s => s.OwnersOf(relativePath) is { Count: > 0 });

    /// <summary>Parses the text of a CODEOWNERS file.</summary>
    public static CodeOwnersFile Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        // GitHub has no sections, so there "[...]" starts a (bracketed) pattern.
        var gitLabSections = !path.StartsWith(".github/", StringComparison.Ordinal) && lines.Any(l => SectionHeader().IsMatch(l.Trim()));
        var sections = new List<CodeOwnersSection> { new("", []) };
        var problems = new List<CheckFinding>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var header = SectionHeader().Match(line);
            if (gitLabSections && header.Success)
            {
                sections.Add(new CodeOwnersSection(header.Groups["name"].Value, Tokens(header.Groups["owners"].Value)));
                continue;
            }

            var tokens = Tokens(line);
            var pattern = tokens[0];
            var owners = tokens.Skip(1).TakeWhile(t => !t.StartsWith('#')).ToList();
            string? problem = null;
            if (pattern.StartsWith('!'))
            {
                problem = "'!' negation is not supported in CODEOWNERS";
            }
            else if (!gitLabSections && pattern.Contains('[', StringComparison.Ordinal) && !pattern.Contains("\\[", StringComparison.Ordinal))
            {
                problem = "'[ ]' character ranges are not supported in GitHub's CODEOWNERS";
            }
            else if (owners.FirstOrDefault(o => !Owner().IsMatch(o)) is { } bad)
            {
                problem = $"'{bad}' is not an owner (@user, @org/team or an e-mail address)";
            }

            var parsed = problem is null ? GitIgnorePattern.Parse(pattern.Replace("\\ ", " ", StringComparison.Ordinal)) : null;
            if (problem is null && parsed is null)
            {
                problem = "the pattern matches nothing";
            }

            if (problem is not null)
            {
                problems.Add(CiFindings.At(CiChecks.CodeOwnersLineInvalid, path, i + 1, $"{problem}; the line is ignored, so the files it names get no owner from it", pattern, context: line));
                continue;
            }

            sections[^1].Rules.Add(new CodeOwnersRule(parsed!, pattern, owners, i + 1));
        }

        return new CodeOwnersFile(path, sections, problems);
    }

    // A pattern may contain escaped spaces ("\ "); owners are separated by whitespace.
    private static List<string> Tokens(string text) =>
        [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(\\\s|\S)+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    // GitLab: [Section], ^[Optional section], [Section][2] (approvals), then optional default owners.
    [GeneratedRegex(@"^\^?\[(?<name>[^\]]+)\](\[\d+\])?(?<owners>(\s+\S+)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeader();

    [GeneratedRegex(@"^(@@?[\w.\-]+(/[\w.\-]+)*|[^@\s]+@[^@\s]+\.[^@\s]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Owner();
}
