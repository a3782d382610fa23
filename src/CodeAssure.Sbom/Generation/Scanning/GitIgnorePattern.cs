using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Generation.Scanning;

/// <summary>
/// One line of a .gitignore file, as gitignore(5) defines it: '!' negates, a trailing '/' matches directories only,
/// a '/' at the start or in the middle anchors the pattern to the .gitignore's folder (otherwise it matches a name
/// at any depth), '*' and '?' do not cross '/', '**' does, and '[…]' is a character class.
/// </summary>
internal sealed class GitIgnorePattern
{
    private readonly Regex _regex;

    private GitIgnorePattern(Regex regex, bool negated, bool directoryOnly)
    {
        _regex = regex;
        Negated = negated;
        DirectoryOnly = directoryOnly;
    }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    /// <summary>Parses a line; null for blank lines, comments and patterns that cannot match anything.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        line = line.TrimEnd('\r');
        // Trailing spaces are ignored unless escaped with a backslash.
        while (line.EndsWith(' ') && !line.EndsWith("\\ ", StringComparison.Ordinal))
        {
            line = line[..^1];
        }

        if (line.Length == 0 || line.StartsWith('#'))
        {
            return null;
        }

        var negated = false;
        if (line.StartsWith('!'))
        {
            negated = true;
            line = line[1..];
        }
        else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
        {
            line = line[1..];
        }

        var directoryOnly = line.EndsWith('/');
        line = line.TrimEnd('/');
        if (line.Length == 0)
        {
            return null;
        }

        var anchored = line.Contains('/', StringComparison.Ordinal);
        line = line.TrimStart('/');
        var body = Translate(line);
        var pattern = anchored ? $"^{body}$" : $"^(?:.*/)?{body}$";
        return new GitIgnorePattern(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), negated, directoryOnly);
    }

    /// <summary>Whether the pattern matches a path relative to the .gitignore's folder ('/'-separated).</summary>
    public bool Matches(string relativePath, bool isDirectory) => (!DirectoryOnly || isDirectory) && _regex.IsMatch(relativePath);

    private static string Translate(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*'
                    && (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/'):
                    if (i + 2 == glob.Length)
                    {
                        builder.Append(".*"); // trailing "/**": everything inside
                        i++;
                    }
                    else
                    {
                        builder.Append("(?:.*/)?"); // "**/": zero or more folders
                        i += 2;
                    }

                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 2 <= glob.Length ? i + 2 : glob.Length);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    var negate = set.StartsWith('!') || set.StartsWith('^');
                    if (negate)
                    {
                        set = set[1..];
                    }

                    builder.Append('[').Append(negate ? "^/" : "").Append(set.Replace("\\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    builder.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return builder.ToString();
    }
}
