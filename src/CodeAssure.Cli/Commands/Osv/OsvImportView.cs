using System.Globalization;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Cli.Commands.Osv;

/// <summary>The JSON shape of <c>osv import</c>'s summary, and its table rendering.</summary>
internal sealed record OsvImportView(
    string Index,
    bool Written,
    int Records,
    int Read,
    int Added,
    int Replaced,
    int Unchanged,
    int Outdated,
    int Skipped,
    IReadOnlyList<OsvSourceSummary> Sources,
    IReadOnlyDictionary<string, int> ReadByEcosystem,
    IReadOnlyList<OsvSkippedRecord> SkippedRecords)
{
    public static OsvImportView From(OsvImportSummary summary) => new(
        summary.IndexPath, summary.IndexWritten, summary.IndexRecords, summary.Read, summary.Added, summary.Replaced, summary.Unchanged,
        summary.Outdated, summary.SkippedCount, summary.Sources,
        summary.ReadByEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
        summary.Skipped);

    public static void Render(TextWriter writer, OsvImportSummary summary)
    {
        writer.WriteLine(summary.IndexWritten
            ? $"Index {summary.IndexPath}: {N(summary.IndexRecords)} records"
            : $"Index {summary.IndexPath}: not rewritten ({N(summary.IndexRecords)} records)");
        writer.WriteLine($"read {N(summary.Read)}, added {N(summary.Added)}, replaced {N(summary.Replaced)}, unchanged {N(summary.Unchanged)}, outdated {N(summary.Outdated)}, skipped {N(summary.SkippedCount)}");
        writer.WriteLine();
        OsvTableWriter.Write(writer, ["source", "kind", "status", "read", "added", "replaced", "unchanged", "outdated", "skipped"],
            summary.Sources.Select(s => (IReadOnlyList<string>)[s.Location, s.Kind, Status(s.Status), N(s.Read), N(s.Added), N(s.Replaced), N(s.Unchanged), N(s.Outdated), N(s.Skipped)]).ToList());
        if (summary.ReadByEcosystem.Count > 0)
        {
            writer.WriteLine();
            OsvTableWriter.Write(writer, ["ecosystem", "records read"],
                summary.ReadByEcosystem.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (IReadOnlyList<string>)[e.Key, N(e.Value)]).ToList());
        }

        if (summary.Skipped.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"Skipped records ({N(summary.SkippedCount)}):");
            foreach (var group in summary.Skipped.GroupBy(s => ReasonKind(s.Reason)).OrderByDescending(g => g.Count()))
            {
                writer.WriteLine($"  {N(group.Count())} × {group.Key}");
            }
        }
    }

    private static string Status(OsvSourceStatus status) => status switch
    {
        OsvSourceStatus.Imported => "imported",
        OsvSourceStatus.NotModified => "not modified",
        _ => "failed",
    };

    // Groups reasons by the field they name ("affected[3].ranges[0].type: …" → "affected[].ranges[].type").
    private static string ReasonKind(string reason)
    {
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        var head = colon < 0 ? reason : reason[..colon];
        return System.Text.RegularExpressions.Regex.Replace(head, @"\[\d+\]", "[]");
    }

    internal static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
