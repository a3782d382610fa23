using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// One line of a .gitignore (gitignore(5)): a glob with '*', '?', '[...]' and '**', optionally negated ('!'), directory-only
/// (trailing '/'), and anchored to its .gitignore's folder when it has a '/' other than at the end.
/// </summary>
internal sealed class GitIgnorePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex _regex;

    private GitIgnorePattern(Regex regex, bool negated, bool directoryOnly, bool anchored)
    {
        _regex = regex;
        Negated = negated;
        DirectoryOnly = directoryOnly;
        Anchored = anchored;
    }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    public bool Anchored { get; }

    /// <summary>Parses one line; null for blank lines and comments.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        var text = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = false;
        if (text[0] == '!')
        {
            negated = true;
            text = text[1..];
        }
        else if (text.StartsWith("\\!", StringComparison.Ordinal) || text.StartsWith("\\#", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        var anchored = text.Contains('/', StringComparison.Ordinal);
        text = text.TrimStart('/');
        return new GitIgnorePattern(new Regex(ToRegex(text), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout), negated, directoryOnly, anchored);
    }

    /// <summary>True when the pattern matches a path relative to its .gitignore's folder ('/' separators).</summary>
    public bool Matches(string relativePath, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        if (Anchored)
        {
            return _regex.IsMatch(relativePath);
        }

        var slash = relativePath.LastIndexOf('/');
        return _regex.IsMatch(slash < 0 ? relativePath : relativePath[(slash + 1)..]);
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        var i = 0;
        while (i < glob.Length)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*' && (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/'))
            {
                if (i + 2 == glob.Length)
                {
                    regex.Append(".*"); // trailing "/**": everything inside
                    i += 2;
                }
                else
                {
                    regex.Append("(?:.*/)?"); // leading or middle "**/": zero or more folders
                    i += 3;
                }

                continue;
            }

            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    if (set.StartsWith('!'))
                    {
                        set = "^" + set[1..];
                    }

                    regex.Append('[').Append(set.Replace("\\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[i + 1].ToString()));
                    i++;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }

            i++;
        }

        return regex.Append('$').ToString();
    }
}
