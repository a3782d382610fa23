using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.SecurityPolicy;

/// <summary>
/// Check CA-VDP-001 (principle 3.2): finds the repository's SECURITY.md and judges whether it tells a reporter how
/// to report privately (claim 3.2.2: an e-mail address, a URL or private vulnerability reporting / security
/// advisories), and what happens next and when (claim 3.2.1: steps such as acknowledge, fix, disclose, with a
/// timeline in hours, days or weeks). It reads text for these signals; it cannot judge whether the promises are kept.
/// </summary>
public static partial class SecurityPolicyCheck
{
    /// <summary>The check id of every finding this check reports.</summary>
    public const string CheckId = "CA-VDP-001";

    /// <summary>Where the policy is looked for, in order; GitHub shows the first of root, .github/ and docs/.</summary>
    public static IReadOnlyList<string> CandidatePaths { get; } = ["SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md"];

    private const int MaxBytes = 1024 * 1024;

    /// <summary>Finds the policy and returns its findings: problems (High, Medium, Low) or one Info finding when it is complete.</summary>
    public static IReadOnlyList<CheckFinding> Run(string repositoryFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryFolder);
        if (!Directory.Exists(repositoryFolder))
        {
            throw new DirectoryNotFoundException($"folder not found: {repositoryFolder}");
        }

        foreach (var relative in CandidatePaths)
        {
            if (FindIgnoringCase(repositoryFolder, relative) is { } path)
            {
                var found = Path.GetRelativePath(repositoryFolder, path).Replace(Path.DirectorySeparatorChar, '/');
                return Judge(found, ReadCapped(path));
            }
        }

        return
        [
            Finding("missing", FindingLevel.High,
                $"no security policy found (looked for {string.Join(", ", CandidatePaths)}): publish how to report a vulnerability privately and what happens next (claims 3.2.1, 3.2.2)",
                location: null),
        ];
    }

    /// <summary>Judges a policy's text; <paramref name="relativePath"/> is where it is, for the findings' locations.</summary>
    public static IReadOnlyList<CheckFinding> Judge(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<CheckFinding>();
        var location = new SourceLocation(relativePath);

        if (TemplatePattern().Match(text) is { Success: true } template)
        {
            findings.Add(Finding("template-text", FindingLevel.Medium,
                $"{relativePath} still contains the template's placeholder text; replace it with your real policy",
                location with { Line = LineOf(text, template.Index) }));
        }

        var contact = FirstMatch(text, EmailPattern(), PrivateReportingPattern(), UrlPattern());
        var timeline = TimelinePattern().Match(text);
        var process = ProcessPattern().Match(text);

        if (contact is null)
        {
            findings.Add(Finding("no-contact", FindingLevel.High,
                $"{relativePath} does not say how to report a vulnerability privately: give a security e-mail address, a report form URL or enable private vulnerability reporting (claim 3.2.2)",
                location));
        }

        if (!timeline.Success)
        {
            findings.Add(Finding("no-timeline", FindingLevel.Medium,
                $"{relativePath} gives no timeline (e.g. 'acknowledged within 3 working days'); say when a reporter will hear back and when fixes follow (claim 3.2.1)",
                location));
        }

        if (!process.Success)
        {
            findings.Add(Finding("no-process", FindingLevel.Low,
                $"{relativePath} does not say what happens after a report (acknowledgement, triage, fix, disclosure) (claim 3.2.1)",
                location));
        }

        if (findings.Count == 0)
        {
            findings.Add(Finding("documented", FindingLevel.Info,
                $"{relativePath} says how to report a vulnerability ({Describe(contact!)}) and what happens next, with a timeline ('{timeline.Value}')",
                location with { Line = LineOf(text, contact!.Index) }) with { Value = contact.Value });
        }

        return findings;
    }

    private static Match? FirstMatch(string text, params Regex[] patterns) =>
        patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success);

    private static string Describe(Match contact) => EmailPattern().IsMatch(contact.Value)
        ? "e-mail"
        : PrivateReportingPattern().IsMatch(contact.Value) ? "private vulnerability reporting" : "a URL";

    private static CheckFinding Finding(string rule, FindingLevel level, string message, SourceLocation? location) => new()
    {
        CheckId = CheckId,
        RuleId = rule,
        Level = level,
        Message = message,
        Location = location,
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{CheckId}\n{location?.Path}\n{rule}")))[..32],
    };

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string? FindIgnoringCase(string root, string relative)
    {
        var folder = root;
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var entries = last ? Directory.EnumerateFiles(folder) : Directory.EnumerateDirectories(folder);
            var match = entries.Order(StringComparer.Ordinal).FirstOrDefault(e => Path.GetFileName(e).Equals(parts[i], StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return null;
            }

            folder = match;
        }

        return folder;
    }

    private static string ReadCapped(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(stream.Length, MaxBytes)];
        stream.ReadExactly(buffer);
        return Encoding.UTF8.GetString(buffer);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"private(ly)?\s+(vulnerability\s+)?report(ing)?|security\s+advisor(y|ies)|/security/advisories", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateReportingPattern();

    // A link only counts as a contact on a line that talks about reporting (not, say, a build badge).
    [GeneratedRegex(@"(?<=^[^\n]*(report|contact|disclos|bounty|hackerone|bugcrowd|intigriti)[^\n]*)https://[^\s)>\]]+|https://[^\s)>\]]+(?=[^\n]*(report|contact|disclos))", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|ninety)(\s*(-|to)\s*\d+)?[\s-]+((working|business|calendar)\s+)?(hours?|days?|weeks?|months?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimelinePattern();

    [GeneratedRegex(@"\b(acknowledg|triag|confirm|investigat|assess|fix|patch|remediat|disclos|advisory|advisories|CVE|credit|release)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProcessPattern();

    [GeneratedRegex(@"Use this section to tell people how to report a vulnerability|Use this section to tell people about which versions", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplatePattern();
}
