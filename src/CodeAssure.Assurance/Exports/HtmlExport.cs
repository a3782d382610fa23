using System.Globalization;
using System.Net;
using System.Text;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Exports;

/// <summary>
/// The printable self-assessment a customer receives: one self-contained HTML document laid out theme → principle →
/// claim, with the answer, argument or justification, owner and target date for gaps, and the evidence relied on (files
/// with their SHA-256, links, automated facts). Every text is HTML-encoded; there is no script, the only style is one
/// embedded &lt;style&gt; element with print rules, and a Content-Security-Policy meta element forbids anything else.
/// </summary>
public static class HtmlExport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f1f1f;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
        h1{font-size:1.6rem}h2{border-bottom:2px solid #1565c0;padding-bottom:.2rem;margin-top:2rem}h3{margin-top:1.5rem}
        table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .claim{border:1px solid #ddd;border-radius:4px;padding:.5rem 1rem;margin:.75rem 0;break-inside:avoid}
        .answer{display:inline-block;padding:0 .5rem;border-radius:3px;font-weight:bold}
        .met{background:#c8e6c9}.partially-met{background:#fff3c4}.not-met{background:#ffcdd2}.not-applicable{background:#eee}.unanswered{background:#e0e0e0}
        .digest,code{font-family:ui-monospace,monospace;word-break:break-all}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap}
        @media print{body{margin:0;max-width:none;font-size:10pt}h2{break-before:page}h2:first-of-type{break-before:avoid}a{color:inherit}a[href]::after{content:" (" attr(href) ")";font-size:8pt}}
        """;

    /// <summary>The HTML document.</summary>
    public static string Write(Assessment assessment, CodeCatalog catalog, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        var figures = AssessmentFigures.Compute(assessment, catalog);
        var answers = assessment.Claims.ToDictionary(c => c.Claim);
        var evidence = assessment.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var roleName = catalog.TryGetRole(assessment.Role, out var role) ? role.Name : assessment.Role;
        var html = new StringBuilder();
        var title = $"{catalog.Code.Title} — self-assessment: {(assessment.Scope.IsOrganisationWide ? "organisation-wide" : assessment.Scope.ToString())}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n<table>\n");
        Row(html, "Scope", assessment.Scope.IsOrganisationWide ? "Organisation-wide" : assessment.Scope.ToString());
        Row(html, "Stakeholder role", roleName);
        Row(html, "Code edition", $"{catalog.Code.Title} ({catalog.Code.Edition}), catalogue {assessment.CatalogVersion}");
        Row(html, "Version", $"{assessment.Version}.{assessment.Revision} ({(assessment.IsSignedOff ? "signed off" : "draft — not signed off")})");
        if (assessment.SignOff is { } signOff)
        {
            Row(html, "Signed off by", $"{signOff.SignedBy} (Senior Responsible Owner) on {AssessmentJson.FormatInstant(signOff.SignedAt)}");
            Row(html, "Acknowledgement", signOff.Acknowledgement);
        }

        html.Append("<tr><th scope=\"row\">SHA-256 of the assessment</th><td class=\"digest\">").Append(Encode(AssessmentJson.Digest(assessment))).Append("</td></tr>\n");
        Row(html, "Generated", AssessmentJson.FormatInstant(generatedAt));
        html.Append("</table>\n<h2>Summary</h2>\n<table>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Met</th><th scope=\"col\">Partially met</th><th scope=\"col\">Not met</th><th scope=\"col\">Not applicable</th><th scope=\"col\">Unanswered</th><th scope=\"col\">Score</th></tr></thead>\n<tbody>\n");
        foreach (var theme in figures.Themes)
        {
            SummaryRow(html, $"{theme.Id}. {theme.Title}", theme.Counts);
        }

        SummaryRow(html, "All themes", figures.Overall);
        html.Append("</tbody>\n</table>\n<p>Score = 100 × (met + ½ × partially met) ÷ claims that apply.</p>\n")
            .Append(SvgCharts.Overview(figures, "export-overview")).Append('\n');
        foreach (var themeFigures in figures.Themes)
        {
            html.Append("<section>\n<h2>Theme ").Append(themeFigures.Id.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Encode(themeFigures.Title)).Append("</h2>\n");
            foreach (var principleFigures in themeFigures.Principles)
            {
                catalog.TryGetPrinciple(principleFigures.Id, out var principle);
                html.Append("<h3>Principle ").Append(Encode(principle!.Id.ToString())).Append("</h3>\n<p>").Append(Encode(principle.Statement)).Append("</p>\n");
                foreach (var claim in principle.Claims.Where(c => answers.ContainsKey(c.Id)))
                {
                    WriteClaim(html, claim, answers[claim.Id], evidence);
                }
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteClaim(StringBuilder html, Claim claim, ClaimAssessment answer, Dictionary<string, EvidenceItem> evidence)
    {
        html.Append("<article class=\"claim\">\n<h4>Claim ").Append(Encode(claim.Id.ToString())).Append(": ").Append(Encode(claim.Statement)).Append("</h4>\n")
            .Append("<p><span class=\"answer ").Append(answer.Answer.ToToken()).Append("\">").Append(Encode(answer.Answer.ToLabel())).Append("</span></p>\n<dl>\n");
        Definition(html, "Justification", answer.Justification);
        Definition(html, "Argument", answer.Argument);
        if (answer.Answer.IsGap())
        {
            Definition(html, "Owner", answer.Owner ?? "(not assigned)");
            Definition(html, "Target date", answer.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(not set)");
        }

        html.Append("</dl>\n");
        var items = answer.Evidence.Where(evidence.ContainsKey).Select(id => evidence[id]).ToList();
        if (items.Count > 0)
        {
            html.Append("<p>Evidence:</p>\n<ul>\n");
            foreach (var item in items)
            {
                html.Append("<li>");
                switch (item.Kind)
                {
                    case EvidenceKind.File:
                        html.Append(Encode(item.Title)).Append(" — file ").Append(Encode(item.FileName)).Append(" (")
                            .Append(Encode(item.MediaType)).Append(", ").Append(item.Size!.Value.ToString("N0", CultureInfo.InvariantCulture))
                            .Append(" bytes), SHA-256 <code>").Append(Encode(item.Sha256)).Append("</code>");
                        break;
                    case EvidenceKind.Link:
                        html.Append("<a href=\"").Append(Encode(item.Url!.AbsoluteUri)).Append("\" rel=\"noopener noreferrer\">").Append(Encode(item.Title)).Append("</a>");
                        break;
                    case EvidenceKind.Automated:
                        html.Append(Encode(item.Title)).Append(" — automated evidence from scan bundle <code>").Append(Encode(item.BundleId)).Append("</code>, check <code>")
                            .Append(Encode(item.CheckId)).Append("</code>");
                        if (item.Facts.Count > 0)
                        {
                            html.Append("<ul>");
                            foreach (var (name, value) in item.Facts)
                            {
                                html.Append("<li><code>").Append(Encode(name)).Append("</code>: ").Append(Encode(value)).Append("</li>");
                            }

                            html.Append("</ul>");
                        }

                        break;
                    default:
                        html.Append(Encode(item.Title));
                        break;
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</article>\n");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th scope=\"row\">").Append(Encode(name)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>\n");

    private static void SummaryRow(StringBuilder html, string name, AnswerCounts counts)
    {
        html.Append("<tr><th scope=\"row\">").Append(Encode(name)).Append("</th>");
        foreach (var n in new[] { counts.Met, counts.PartiallyMet, counts.NotMet, counts.NotApplicable, counts.Unanswered })
        {
            html.Append("<td>").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        }

        html.Append("<td>").Append(counts.Score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "n/a").Append("</td></tr>\n");
    }

    private static void Definition(StringBuilder html, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
        }
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(MarkupText.Clean(text));
}
