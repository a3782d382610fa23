using System.Globalization;
using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Cli.Commands.Osv;

/// <summary>The JSON shape of <c>osv stats</c>, and its table rendering.</summary>
internal sealed record OsvStatsView(
    string Index,
    long FileSize,
    DateTimeOffset Written,
    int Records,
    int Withdrawn,
    int Packages,
    int RecordsWithoutPackage,
    IReadOnlyList<OsvEcosystemCount> Ecosystems,
    IReadOnlyList<OsvIndexSource> Sources)
{
    public static OsvStatsView From(OsvIndex index) => new(
        index.Path, index.FileSize, index.Metadata.Written, index.RecordCount, index.WithdrawnCount,
        index.Metadata.Ecosystems.Sum(e => e.Packages), index.Metadata.RecordsWithoutPackage, index.Metadata.Ecosystems, index.Metadata.Sources);

    public void Render(TextWriter writer)
    {
        writer.WriteLine($"Index {Index} ({Size(FileSize)}, written {Time(Written)})");
        writer.WriteLine($"records {OsvImportView.N(Records)}, withdrawn {OsvImportView.N(Withdrawn)}, packages {OsvImportView.N(Packages)}, records without a package {OsvImportView.N(RecordsWithoutPackage)}");
        writer.WriteLine();
        OsvTableWriter.Write(writer, ["ecosystem", "records", "packages", "withdrawn"],
            Ecosystems.Select(e => (IReadOnlyList<string>)[e.Ecosystem, OsvImportView.N(e.Records), OsvImportView.N(e.Packages), OsvImportView.N(e.Withdrawn)]).ToList());
        writer.WriteLine();
        OsvTableWriter.Write(writer, ["source", "kind", "imported", "records", "etag", "last-modified"],
            Sources.Select(s => (IReadOnlyList<string>)[s.Location, s.Kind, Time(s.ImportedAt), OsvImportView.N(s.Records), s.ETag ?? "", s.LastModified ?? ""]).ToList());
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MiB"),
    };
}
