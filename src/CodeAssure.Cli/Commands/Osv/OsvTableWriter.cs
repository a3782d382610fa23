namespace CodeAssure.Cli.Commands.Osv;

/// <summary>Writes rows as aligned columns: text left-aligned, numbers right-aligned.</summary>
internal static class OsvTableWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var numeric = headers.Select((_, i) => rows.Count > 0 && rows.All(r => r[i].Length > 0 && r[i].All(c => char.IsAsciiDigit(c) || c == ','))).ToArray();
        string Line(IReadOnlyList<string> cells) =>
            string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.WriteLine(Line(headers));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }
    }
}
