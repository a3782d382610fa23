using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>
/// Reads the password columns of <c>INSERT INTO table (columns) VALUES (…), (…);</c> statements in SQL seed files,
/// mapping each value to its column so a user named 'admin' is not mistaken for a password 'admin'. Statements
/// without a column list, or with values it cannot tokenise, are left alone.
/// </summary>
internal static partial class SqlSeedPasswords
{
    private const int MaxStatementChars = 200_000;

    /// <summary>The values of password-like columns (password, passwd, pwd, password_hash …), with the statement's first line.</summary>
    public static IEnumerable<ConfigurationEntry> Read(string text)
    {
        foreach (Match m in Insert().Matches(text))
        {
            var line = 1 + text.AsSpan(0, m.Index).Count('\n');
            var columns = m.Groups["columns"].Value.Split(',').Select(c => c.Trim().Trim('`', '"', '[', ']')).ToList();
            var passwordColumns = columns.Select((c, i) => (c, i)).Where(x => IsPasswordColumn(x.c)).ToList();
            if (passwordColumns.Count == 0)
            {
                continue;
            }

            var end = text.IndexOf(';', m.Index + m.Length);
            var values = text[(m.Index + m.Length)..(end < 0 ? Math.Min(text.Length, m.Index + m.Length + MaxStatementChars) : Math.Min(end, m.Index + m.Length + MaxStatementChars))];
            foreach (var row in Rows(values))
            {
                foreach (var (column, index) in passwordColumns)
                {
                    if (index < row.Count && row[index] is { Length: > 0 } value)
                    {
                        yield return new ConfigurationEntry(column, value, line);
                    }
                }
            }
        }
    }

    private static bool IsPasswordColumn(string column)
    {
        var c = column.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal);
        return c.Contains("password", StringComparison.Ordinal) || c.Contains("passwd", StringComparison.Ordinal) || c is "pwd" or "pass" or "passhash" or "pwdhash";
    }

    // Splits "(a, 'b', 3), ('c', 'd''e', NULL)" into rows of unquoted values; unquoted tokens (numbers, NULL, function calls) are kept as text.
    private static List<List<string?>> Rows(string values)
    {
        var rows = new List<List<string?>>();
        List<string?>? row = null;
        var token = new StringBuilder();
        var quoted = false;
        var depth = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var ch = values[i];
            if (quoted)
            {
                if (ch == '\'' && i + 1 < values.Length && values[i + 1] == '\'')
                {
                    token.Append('\'');
                    i++;
                }
                else if (ch == '\'')
                {
                    quoted = false;
                }
                else
                {
                    token.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '\'':
                    quoted = true;
                    break;
                case '(' when depth == 0:
                    row = [];
                    token.Clear();
                    depth = 1;
                    break;
                case '(':
                    depth++;
                    token.Append(ch);
                    break;
                case ')' when depth == 1:
                    row!.Add(token.ToString().Trim());
                    rows.Add(row);
                    row = null;
                    token.Clear();
                    depth = 0;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    token.Append(ch);
                    break;
                case ',' when depth == 1:
                    row!.Add(token.ToString().Trim());
                    token.Clear();
                    break;
                default:
                    if (depth > 0)
                    {
                        token.Append(ch);
                    }

                    break;
            }
        }

        return rows;
    }

    [GeneratedRegex(@"\bINSERT\s+INTO\s+[\w.`""\[\]]{1,200}\s*\((?<columns>[^()]{1,2000})\)\s*VALUES\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Insert();
}
