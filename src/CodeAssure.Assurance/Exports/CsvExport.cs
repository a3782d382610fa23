using System.Globalization;
using System.Text;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Exports;

/// <summary>
/// The CSV export: one row per claim (theme, principle, claim, statement, answer, justification, argument, owner,
/// target date, evidence), RFC 4180 (comma separated, CRLF line ends, a field quoted when it holds a comma, quote,
/// CR or LF, quotes doubled), UTF-8 with a byte-order mark so spreadsheets read it as UTF-8. A cell that starts with
/// = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula
/// (OWASP "CSV injection").
/// </summary>
public static class CsvExport
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["theme", "principle", "claim", "statement", "answer", "justification", "argument", "owner", "target_date", "evidence"];

    /// <summary>The CSV text (without the byte-order mark).</summary>
    public static string ToText(Assessment assessment, CodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        WriteRow(text, Columns);
        var evidence = assessment.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var claim in assessment.Claims)
        {
            catalog.TryGetClaim(claim.Claim, out var known);
            WriteRow(text,
            [
                claim.Claim.Principle.Theme.ToString(CultureInfo.InvariantCulture),
                claim.Claim.Principle.ToString(),
                claim.Claim.ToString(),
                known?.Statement ?? "",
                claim.Answer.ToToken(),
                claim.Justification ?? "",
                claim.Argument ?? "",
                claim.Owner ?? "",
                claim.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join("; ", claim.Evidence.Select(id => evidence.TryGetValue(id, out var item) ? $"{item.Title} [{id}]" : id)),
            ]);
        }

        return text.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes with a byte-order mark.</summary>
    public static byte[] ToUtf8(Assessment assessment, CodeCatalog catalog) =>
        [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false, false).GetBytes(ToText(assessment, catalog))];

    /// <summary>One field as written: neutralised against formulas, then quoted when needed.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static void WriteRow(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }
}
