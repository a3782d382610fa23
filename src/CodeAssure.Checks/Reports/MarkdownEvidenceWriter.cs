using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Reports;

/// <summary>
/// Writes a scan as GitHub-flavoured Markdown: a summary per theme, each principle with its status, the claims that need
/// attention, then the findings of each check (file:line, redacted value) in tables. Every piece of data is escaped.
/// </summary>
public static class MarkdownEvidenceWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="bundle">The scan's bundle.</param>
    /// <param name="catalog">The catalogue, for theme titles; optional.</param>
    public static async Task WriteAsync(TextWriter writer, EvidenceBundle bundle, CodeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(bundle);
        var e = (Func<string?, string>)MarkdownText.Escape;
        await writer.WriteLineAsync($"# CodeAssure scan of {e(bundle.Subject.Name)}").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"- **Commit:** {e(bundle.Subject.Commit ?? "not a git repository")}").ConfigureAwait(false);
        await writer.WriteLineAsync($"- **Role:** {e(bundle.Role)}").ConfigureAwait(false);
        await writer.WriteLineAsync($"- **Catalogue:** {e(bundle.CatalogVersion)}").ConfigureAwait(false);
        await writer.WriteLineAsync($"- **Scanned:** {bundle.ScannedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)} by {e(bundle.Tool.Name)} {e(bundle.Tool.Version)}").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);

        var themes = ThemeSummary.Of(bundle, catalog);
        await writer.WriteLineAsync("## Summary by theme (claims)").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("| theme | met | partially met | not met | not applicable | needs human evidence |").ConfigureAwait(false);
        await writer.WriteLineAsync("|---|---:|---:|---:|---:|---:|").ConfigureAwait(false);
        foreach (var t in themes)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {t.Theme}. {e(t.Title)} | {t.Met} | {t.PartiallyMet} | {t.NotMet} | {t.NotApplicable} | {t.NeedsHumanEvidence} |")).ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("## Principles").ConfigureAwait(false);
        foreach (var t in themes)
        {
            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"### Theme {t.Theme}: {e(t.Title)}")).ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync("| principle | status | statement | claims |").ConfigureAwait(false);
            await writer.WriteLineAsync("|---|---|---|---|").ConfigureAwait(false);
            foreach (var p in t.Principles)
            {
                var claims = string.Join("<br>", p.Claims.Select(c => $"{e(c.Id)} {e(ThemeSummary.Describe(c.Status))}: {e(c.Reason)}"));
                await writer.WriteLineAsync($"| {e(p.Id)} | **{e(ThemeSummary.Describe(p.Status))}** | {e(p.Statement)} | {claims} |").ConfigureAwait(false);
            }
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("## Checks").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("| check | title | status | findings | principles | claims |").ConfigureAwait(false);
        await writer.WriteLineAsync("|---|---|---|---:|---|---|").ConfigureAwait(false);
        foreach (var c in bundle.Checks)
        {
            var problems = c.Findings.Count(f => f.Level > FindingLevel.Info);
            var status = ReportText.Status(c.Status) + (c.Note is null ? "" : $": {c.Note}");
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {e(c.Id)} | {e(c.Title)} | {e(status)} | {problems} | {e(string.Join(", ", c.Principles))} | {e(string.Join(", ", c.Claims))} |")).ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("## Findings").ConfigureAwait(false);
        var any = false;
        foreach (var c in bundle.Checks.Where(c => c.Findings.Count > 0))
        {
            any = true;
            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync($"### {e(c.Id)} {e(c.Title)}").ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            if (c.Remediation is { } remediation)
            {
                await writer.WriteLineAsync($"Remediation: {e(remediation)}").ConfigureAwait(false);
                await writer.WriteLineAsync().ConfigureAwait(false);
            }

            await writer.WriteLineAsync("| level | location | rule | message | value |").ConfigureAwait(false);
            await writer.WriteLineAsync("|---|---|---|---|---|").ConfigureAwait(false);
            foreach (var f in c.Findings.OrderByDescending(f => f.Level))
            {
                await writer.WriteLineAsync($"| {ReportText.Level(f.Level)} | {e(ReportText.Location(f.Location))} | {e(f.RuleId)} | {e(f.Message)} | {e(f.Value)} |").ConfigureAwait(false);
            }
        }

        if (!any)
        {
            await writer.WriteLineAsync().ConfigureAwait(false);
            await writer.WriteLineAsync("No findings.").ConfigureAwait(false);
        }
    }
}
