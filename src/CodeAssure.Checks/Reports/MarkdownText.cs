using System.Text;

namespace CodeAssure.Checks.Reports;

/// <summary>Escapes text for GitHub-flavoured Markdown, in paragraphs and table cells, so data never becomes markup.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes every ASCII punctuation character Markdown could read as markup (CommonMark allows escaping
    /// any of them), including the table's '|' and the code span's '`'; line breaks become spaces so a cell stays one row.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\u007F' || char.IsControl(c))
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
            else if (c is '.' or ',' or ':' or ';' or '/' or '@' or '=' or '-' or '\'' or '"' or '?' or '%' or '+' or '$' or '{' or '}' or '^')
            {
                // Punctuation that cannot start markup in the middle of a line: kept as is, so paths and messages stay readable.
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder.ToString();
    }
}
