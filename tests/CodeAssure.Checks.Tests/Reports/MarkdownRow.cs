namespace CodeAssure.Checks.Tests.Reports;

/// <summary>Reads a GitHub-flavoured Markdown table row as a renderer would.</summary>
internal static class MarkdownRow
{
    /// <summary>The '|' characters that separate cells: those not escaped by a backslash.</summary>
    public static int CellSeparators(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
