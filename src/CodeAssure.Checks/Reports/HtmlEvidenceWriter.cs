using System.Globalization;
using System.Net;
using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Reports;

/// <summary>
/// Writes a scan as one self-contained HTML page: inline CSS only, no script and no external URL, so it can be mailed or
/// archived as evidence. A per-principle view (theme → principle → claims with status and the checks and facts behind
/// them), then the findings of each check. Every piece of data is HTML-encoded.
/// </summary>
public static class HtmlEvidenceWriter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-top:1.5rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f3f3f3}td.n{text-align:right}code{font-family:ui-monospace,Consolas,monospace;word-break:break-all}
        .s{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85rem;white-space:nowrap}
        .met,.passed{background:#d7f0dc}.partially-met,.medium,.low{background:#fff1c2}.not-met,.failed,.error,.high,.critical{background:#f8d0d0}
        .not-applicable,.skipped,.info{background:#eee}.needs-human-evidence{background:#dde7f7}
        details{margin:.25rem 0 .75rem 1rem}summary{cursor:pointer}.muted{color:#555}
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="bundle">The scan's bundle.</param>
    /// <param name="catalog">The catalogue, for theme titles; optional.</param>
    public static async Task WriteAsync(TextWriter writer, EvidenceBundle bundle, CodeCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(bundle);
        var h = (Func<string?, string>)(text => WebUtility.HtmlEncode(text ?? ""));
        var checks = bundle.Checks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var themes = ThemeSummary.Of(bundle, catalog);

        await writer.WriteLineAsync("<!DOCTYPE html>").ConfigureAwait(false);
        await writer.WriteLineAsync("<html lang=\"en\"><head><meta charset=\"utf-8\">").ConfigureAwait(false);
        await writer.WriteLineAsync($"<title>CodeAssure scan of {h(bundle.Subject.Name)}</title>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<style>{Style}</style></head><body>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<h1>CodeAssure scan of {h(bundle.Subject.Name)}</h1>").ConfigureAwait(false);
        await writer.WriteLineAsync("<table><tbody>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<tr><th>Commit</th><td><code>{h(bundle.Subject.Commit ?? "not a git repository")}</code></td></tr>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<tr><th>Role</th><td>{h(bundle.Role)}</td></tr>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<tr><th>Catalogue</th><td>{h(bundle.CatalogVersion)}</td></tr>").ConfigureAwait(false);
        await writer.WriteLineAsync($"<tr><th>Scanned</th><td>{h(bundle.ScannedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))} by {h(bundle.Tool.Name)} {h(bundle.Tool.Version)}</td></tr>").ConfigureAwait(false);
        await writer.WriteLineAsync("</tbody></table>").ConfigureAwait(false);

        await writer.WriteLineAsync("<h2>Summary by theme (claims)</h2>").ConfigureAwait(false);
        await writer.WriteLineAsync("<table><thead><tr><th>Theme</th><th>Met</th><th>Partially met</th><th>Not met</th><th>Not applicable</th><th>Needs human evidence</th></tr></thead><tbody>").ConfigureAwait(false);
        foreach (var t in themes)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{t.Theme}. {h(t.Title)}</td><td class=\"n\">{t.Met}</td><td class=\"n\">{t.PartiallyMet}</td><td class=\"n\">{t.NotMet}</td><td class=\"n\">{t.NotApplicable}</td><td class=\"n\">{t.NeedsHumanEvidence}</td></tr>")).ConfigureAwait(false);
        }

        await writer.WriteLineAsync("</tbody></table>").ConfigureAwait(false);

        await writer.WriteLineAsync("<h2>Principles</h2>").ConfigureAwait(false);
        foreach (var t in themes)
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"<h3>Theme {t.Theme}: {h(t.Title)}</h3>")).ConfigureAwait(false);
            foreach (var p in t.Principles)
            {
                await writer.WriteLineAsync($"<details{(p.Status is EvidenceStatus.NotMet or EvidenceStatus.PartiallyMet ? " open" : "")}><summary><strong>{h(p.Id)}</strong> {Badge(p.Status)} {h(p.Statement)}</summary>").ConfigureAwait(false);
                await writer.WriteLineAsync("<table><thead><tr><th>Claim</th><th>Status</th><th>Why</th><th>Checks and facts</th></tr></thead><tbody>").ConfigureAwait(false);
                foreach (var c in p.Claims)
                {
                    var behind = string.Join("<br>", c.Checks.Select(id => checks.TryGetValue(id, out var check) ? CheckLine(check) : h(id)));
                    await writer.WriteLineAsync($"<tr><td><strong>{h(c.Id)}</strong> {h(c.Statement)}</td><td>{Badge(c.Status)}</td><td>{h(c.Reason)}</td><td>{behind}</td></tr>").ConfigureAwait(false);
                }

                await writer.WriteLineAsync("</tbody></table></details>").ConfigureAwait(false);
            }
        }

        await writer.WriteLineAsync("<h2>Checks and findings</h2>").ConfigureAwait(false);
        foreach (var c in bundle.Checks)
        {
            await writer.WriteLineAsync($"<h3 id=\"{h(c.Id)}\">{h(c.Id)} {h(c.Title)} <span class=\"s {Css(c.Status.ToString())}\">{h(ReportText.Status(c.Status))}</span></h3>").ConfigureAwait(false);
            await writer.WriteLineAsync($"<p class=\"muted\">Principles {h(string.Join(", ", c.Principles))}; claims {h(string.Join(", ", c.Claims))}.{(c.LooksFor is null ? "" : $" Looks for: {h(c.LooksFor)}")}</p>").ConfigureAwait(false);
            if (c.Note is { } note)
            {
                await writer.WriteLineAsync($"<p>{h(note)}</p>").ConfigureAwait(false);
            }

            if (c.Findings.Count > 0)
            {
                if (c.Remediation is { } remediation)
                {
                    await writer.WriteLineAsync($"<p><strong>Remediation:</strong> {h(remediation)}</p>").ConfigureAwait(false);
                }

                await writer.WriteLineAsync("<table><thead><tr><th>Level</th><th>Location</th><th>Rule</th><th>Message</th><th>Value</th></tr></thead><tbody>").ConfigureAwait(false);
                foreach (var f in c.Findings.OrderByDescending(f => f.Level))
                {
                    await writer.WriteLineAsync($"<tr><td><span class=\"s {ReportText.Level(f.Level)}\">{ReportText.Level(f.Level)}</span></td><td><code>{h(ReportText.Location(f.Location))}</code></td><td>{h(f.RuleId)}</td><td>{h(f.Message)}</td><td><code>{h(f.Value)}</code></td></tr>").ConfigureAwait(false);
                }

                await writer.WriteLineAsync("</tbody></table>").ConfigureAwait(false);
            }

            if (c.Facts.Count > 0)
            {
                var facts = string.Join("; ", c.Facts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{h(kv.Key)}: {h(kv.Value)}"));
                await writer.WriteLineAsync($"<p class=\"muted\">Facts: {facts}</p>").ConfigureAwait(false);
            }
        }

        await writer.WriteLineAsync("</body></html>").ConfigureAwait(false);

        string CheckLine(CheckEvidence check)
        {
            var facts = check.Facts.Count == 0 ? "" : $" <span class=\"muted\">({string.Join("; ", check.Facts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{h(kv.Key)}: {h(kv.Value)}"))})</span>";
            return $"<a href=\"#{h(check.Id)}\">{h(check.Id)}</a> <span class=\"s {Css(check.Status.ToString())}\">{h(ReportText.Status(check.Status))}</span>{facts}";
        }
    }

    private static string Badge(EvidenceStatus status) =>
        $"<span class=\"s {Css(status.ToString())}\">{WebUtility.HtmlEncode(ThemeSummary.Describe(status))}</span>";

    // PascalCase enum name to the kebab-case class the style sheet uses (PartiallyMet → partially-met).
    private static string Css(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
