using System.Text.RegularExpressions;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Support;

/// <summary>
/// A repository's published support statement: its SUPPORT.md-style documents and support-lifecycle.json files at
/// the root, .github/ or docs/, with what they say — support periods (dates or durations), how updates are
/// delivered, and the end-of-support dates they announce (from tables with an end-of-support column, or from
/// sentences such as "2.x is supported until 31 March 2027").
/// </summary>
internal sealed partial class SupportStatement
{
    private static readonly string[] DocumentNames = ["SUPPORT.md", "SUPPORT.rst", "SUPPORT.txt", "SUPPORT.adoc", "SUPPORT", "SUPPORT-POLICY.md", "SUPPORT_POLICY.md", "LIFECYCLE.md"];
    private static readonly string[] Folders = ["", ".github", "docs"];

    public List<string> Documents { get; } = [];

    public List<string> LifecycleFiles { get; } = [];

    public List<(string Path, long Line, string Message)> Errors { get; } = [];

    public List<EndOfSupportDate> EndDates { get; } = [];

    public List<SupportedVersion> Versions { get; } = [];

    /// <summary>Where a support period is stated: "path:line" of the first date or duration, or null.</summary>
    public string? SupportPeriodAt { get; private set; }

    /// <summary>Where the update policy is stated (patches, security updates, how to upgrade), or null.</summary>
    public string? UpdatePolicyAt { get; private set; }

    public bool Found => Documents.Count > 0 || LifecycleFiles.Count > 0;

    public static SupportStatement Read(RepositoryTextFiles files)
    {
        var statement = new SupportStatement();
        foreach (var path in files.Paths)
        {
            var folder = RepositoryTextFiles.FolderOf(path);
            var name = RepositoryTextFiles.NameOf(path);
            if (!Folders.Contains(folder, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (DocumentNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                statement.Documents.Add(path);
                statement.ReadDocument(path, files.ReadLines(path));
            }
            else if (name.Equals(SupportLifecycle.FileName, StringComparison.OrdinalIgnoreCase))
            {
                statement.LifecycleFiles.Add(path);
                statement.ReadLifecycle(path, files.ReadText(path));
            }
        }

        return statement;
    }

    private void ReadLifecycle(string path, string? text)
    {
        if (text is null)
        {
            Errors.Add((path, 0, "not readable (too large, binary or no access)"));
            return;
        }

        try
        {
            var lifecycle = SupportLifecycle.Parse(text);
            Versions.AddRange(lifecycle.Versions);
            foreach (var v in lifecycle.Versions)
            {
                if (v.EndOfSupport is { } end)
                {
                    EndDates.Add(new EndOfSupportDate(v.Version, end, v.Announced, path, v.Line));
                    SupportPeriodAt ??= $"{path}:{v.Line}";
                }
            }
        }
        catch (SupportLifecycleException e)
        {
            Errors.Add((path, e.Line, e.Message));
        }
    }

    private void ReadDocument(string path, string[] lines)
    {
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 10_000)
            {
                continue;
            }

            try
            {
                if (SupportPeriodAt is null && (Duration().IsMatch(line) || (EndPhrase().IsMatch(line) && EnglishDates.FindAll(line).Count > 0)))
                {
                    SupportPeriodAt = $"{path}:{i + 1}";
                }

                if (UpdatePolicyAt is null && UpdatePolicy().IsMatch(line))
                {
                    UpdatePolicyAt = $"{path}:{i + 1}";
                }

                var trimmed = line.Trim();
                if (trimmed.StartsWith('|'))
                {
                    var cells = Cells(trimmed);
                    if (i + 1 < lines.Length && Separator().IsMatch(lines[i + 1].Trim()))
                    {
                        header = cells;
                        continue;
                    }

                    if (header is not null && !Separator().IsMatch(trimmed))
                    {
                        ReadRow(path, i + 1, header, cells);
                    }

                    continue;
                }

                header = null;
                ReadSentence(path, i + 1, line);
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological line: skipped.
            }
        }
    }

    private void ReadRow(string path, int line, string[] header, string[] cells)
    {
        var endColumn = Array.FindIndex(header, h => EndPhrase().IsMatch(h));
        if (endColumn < 0 || endColumn >= cells.Length || EnglishDates.FindAll(cells[endColumn]) is not [var end, ..])
        {
            return;
        }

        var announcedColumn = Array.FindIndex(header, h => h.Contains("announce", StringComparison.OrdinalIgnoreCase));
        DateOnly? announced = announcedColumn >= 0 && announcedColumn < cells.Length && EnglishDates.FindAll(cells[announcedColumn]) is [var a, ..] ? a.Date : null;
        var versionColumn = Math.Max(0, Array.FindIndex(header, h => h.Contains("version", StringComparison.OrdinalIgnoreCase) || h.Contains("release", StringComparison.OrdinalIgnoreCase) && !h.Contains("date", StringComparison.OrdinalIgnoreCase)));
        EndDates.Add(new EndOfSupportDate(CleanVersion(cells[versionColumn]), end.Date, announced, path, line));
    }

    private void ReadSentence(string path, int line, string text)
    {
        if (EndPhrase().Match(text) is not { Success: true } phrase)
        {
            return;
        }

        var dates = EnglishDates.FindAll(text);
        if (dates.Count == 0)
        {
            return;
        }

        // The date after the phrase ("supported until 31 March 2027"); else the last before it ("on 2027-03-31 support ends").
        var end = dates.FirstOrDefault(d => d.Index >= phrase.Index) is { Length: > 0 } after ? after : dates.Last(d => d.Index < phrase.Index);

        DateOnly? announced = AnnouncedOn().Match(text) is { Success: true } a
            ? dates.FirstOrDefault(d => d.Index >= a.Index + a.Length && d.Index != end.Index) is { Length: > 0 } ad ? ad.Date : null
            : null;
        var version = VersionIn().Matches(text[..Math.Min(phrase.Index, end.Index)]) is { Count: > 0 } v ? v[^1].Groups["v"].Value : null;
        EndDates.Add(new EndOfSupportDate(version, end.Date, announced, path, line));
    }

    // "[22.x][]", "**2.0**", "`1.4`" → "22.x", "2.0", "1.4".
    private static string CleanVersion(string cell) =>
        cell.Replace("[]", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Trim('*', '`', '_', ' ');

    private static string[] Cells(string row) => [.. row.Trim('|').Split('|').Select(c => c.Trim())];

    // A GitHub-flavoured Markdown delimiter row: cells of one or more hyphens, optionally with colons.
    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separator();

    [GeneratedRegex(@"end[\s-]+of[\s-]+(?:support|life|maintenance|security\s+support)|\bEOL\b|\bEOS\b|supported\s+(?:until|till|through|to)\b|support\s+(?:ends|until|expires)|maintained\s+until|(?:fixes|updates)\s+until|\buntil\b|\bthrough\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EndPhrase();

    [GeneratedRegex(@"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six)\s+(?:\(\d{1,3}\)\s+)?(?:full\s+|calendar\s+)?(?:months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\bpatch(?:es|ed)?\b|\bsecurity\s+(?:fix|update|release)(?:es|s)?\b|\bhow\s+(?:to\s+)?(?:update|upgrade)\b|\bupdates?\s+(?:are|is)\s+(?:published|released|delivered|distributed|made\s+available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UpdatePolicy();

    [GeneratedRegex(@"\bannounced\s+(?:on\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnnouncedOn();

    [GeneratedRegex(@"(?:\bv(?:ersion)?\s*)?(?<v>\d+(?:\.(?:\d+|x))+|\d+\.x)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionIn();
}
