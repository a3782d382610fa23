using CodeAssure.Sbom.Model;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary>The <c>--format table</c> output of <c>sbom read</c>: a summary line, then one aligned row per component.</summary>
internal static class SbomTable
{
    private static readonly string[] Headers = ["NAME", "VERSION", "TYPE", "PURL"];

    public static async Task WriteAsync(TextWriter writer, SbomDocument sbom)
    {
        var format = sbom.Format == SbomFormat.CycloneDx ? "CycloneDX" : "SPDX";
        await writer.WriteLineAsync($"{format} {sbom.SpecVersion}: {sbom.Components.Count} components, {sbom.Dependencies.Count} dependency entries").ConfigureAwait(false);
        if (sbom.Components.Count == 0)
        {
            return;
        }

        var rows = sbom.Components.Select(c => new[] { Cell(c.Name), Cell(c.Version), Cell(c.Type), Cell(c.Purl) }).ToList();
        var widths = Enumerable.Range(0, Headers.Length - 1)
            .Select(i => Math.Max(Headers[i].Length, rows.Max(r => r[i].Length)))
            .ToArray();
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync(Line(Headers, widths)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.WriteLineAsync(Line(row, widths)).ConfigureAwait(false);
        }
    }

    // The last column is not padded, so lines carry no trailing spaces.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell)).TrimEnd();

    // Keep one row per component even if a value contains a line break or tab.
    private static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "-" : value.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
