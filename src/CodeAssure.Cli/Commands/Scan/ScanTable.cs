using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>The terminal view of a scan: checks with their findings, then each principle's status.</summary>
internal static class ScanTable
{
    public static async Task WriteAsync(TextWriter writer, EvidenceBundle bundle)
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
            foreach (var finding in check.Findings.Where(f => f.Level > Checks.Findings.FindingLevel.Info))
            {
                var where = finding.Location is { } l ? $"{l.Path}{(l.Line is { } line ? $":{line}" : "")}: " : "";
                await writer.WriteLineAsync($"           {finding.Level.ToString().ToLowerInvariant(),-8} {where}{finding.Message}").ConfigureAwait(false);
            }
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        foreach (var principle in bundle.Principles)
        {
            await writer.WriteLineAsync($"  {principle.Id,-4} {Describe(principle.Status),-22} {principle.Statement}").ConfigureAwait(false);
        }
    }

    private static string Describe(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Met => "met",
        EvidenceStatus.PartiallyMet => "partially met",
        EvidenceStatus.NotMet => "NOT MET",
        EvidenceStatus.NotApplicable => "not applicable",
        _ => "needs human evidence",
    };
}
