using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Reports;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>The terminal view of a scan: checks with their findings, each principle's status, then a summary per theme.</summary>
internal static class ScanTable
{
    public static async Task WriteAsync(TextWriter writer, EvidenceBundle bundle, CodeCatalog? catalog = null)
    {
        await writer.WriteLineAsync($"CodeAssure scan of {bundle.Subject.Name}{(bundle.Subject.Commit is { } c ? $" at {c[..Math.Min(12, c.Length)]}" : "")} (role {bundle.Role}, catalogue {bundle.CatalogVersion})").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        foreach (var check in bundle.Checks)
        {
            var status = check.Status switch
            {
                CheckStatus.Passed => "pass",
                CheckStatus.Failed => "FAIL",
                CheckStatus.NotApplicable => "n/a ",
                CheckStatus.Skipped => "skip",
                _ => "ERR ",
            };
            await writer.WriteLineAsync($"  [{status}] {check.Id,-12} {check.Title}{(check.Note is null ? "" : $" — {check.Note}")}").ConfigureAwait(false);
            foreach (var finding in check.Findings.Where(f => f.Level > FindingLevel.Info))
            {
                var where = ReportText.Location(finding.Location) is { Length: > 0 } l ? $"{l}: " : "";
                var value = finding.Value is { Length: > 0 } v ? $" ({v})" : "";
                await writer.WriteLineAsync($"           {ReportText.Level(finding.Level),-8} {where}{finding.Message}{value}").ConfigureAwait(false);
            }
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        foreach (var principle in bundle.Principles)
        {
            await writer.WriteLineAsync($"  {principle.Id,-4} {Describe(principle.Status),-22} {principle.Statement}").ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("  Claims by theme              met  partial  not met  n/a  needs human").ConfigureAwait(false);
        foreach (var theme in ThemeSummary.Of(bundle, catalog))
        {
            var name = $"{theme.Theme}. {theme.Title}";
            name = name.Length > 28 ? name[..27] + "…" : name;
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-28} {theme.Met,4} {theme.PartiallyMet,8} {theme.NotMet,8} {theme.NotApplicable,4} {theme.NeedsHumanEvidence,12}")).ConfigureAwait(false);
        }
    }

    // Upper case for NOT MET so it stands out on a terminal.
    private static string Describe(EvidenceStatus status) =>
        status == EvidenceStatus.NotMet ? "NOT MET" : ThemeSummary.Describe(status);
}
