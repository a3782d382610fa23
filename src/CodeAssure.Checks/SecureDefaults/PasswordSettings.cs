using System.Text.RegularExpressions;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>
/// Reads the password settings of configuration files line by line, whatever their syntax: JSON string members,
/// YAML/properties/ini/.env key-values (including compose environment lists and Dockerfile ENV), XML add/value
/// attributes and elements, and passwords inside connection strings and URLs. Keys are password-like when their last
/// word is password, passwd, pwd, pass or passphrase (POSTGRES_PASSWORD, spring.datasource.password, adminPwd).
/// </summary>
internal static partial class PasswordSettings
{
    /// <summary>Every password-like key's value, and every password inside a connection string or URL.</summary>
    public static IEnumerable<ConfigurationEntry> Read(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 4096 || string.IsNullOrWhiteSpace(line))
            {
                continue; // minified or generated content, not hand-written configuration
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in Pairs(line))
            {
                if (IsPasswordKey(key) && Clean(value) is { } v && seen.Add(v))
                {
                    yield return new ConfigurationEntry(key, v, i + 1);
                }
            }

            foreach (Match m in ConnectionStringPassword().Matches(line))
            {
                if (Clean(m.Groups["value"].Value) is { } v && seen.Add(v))
                {
                    yield return new ConfigurationEntry("connection string", v, i + 1);
                }
            }

            foreach (Match m in UrlPassword().Matches(line))
            {
                if (Clean(m.Groups["value"].Value) is { } v && seen.Add(v))
                {
                    yield return new ConfigurationEntry("URL", v, i + 1);
                }
            }
        }
    }

    /// <summary>The user names set in the same lines (user, username, login keys; User Id= in connection strings; URL user parts), lower case.</summary>
    public static HashSet<string> UserNames(IReadOnlyList<string> lines)
    {
        var users = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Where(l => l.Length <= 4096))
        {
            foreach (var (key, value) in Pairs(line))
            {
                if (IsUserKey(key) && Clean(value) is { } v)
                {
                    users.Add(v);
                }
            }

            foreach (Match m in ConnectionStringUser().Matches(line))
            {
                users.Add(m.Groups["value"].Value);
            }

            foreach (Match m in UrlPassword().Matches(line))
            {
                users.Add(m.Groups["user"].Value);
            }
        }

        return users;
    }

    /// <summary>True for keys whose last word (or last two) mean user name: POSTGRES_USER, MYSQL_USER, adminUsername, spring.datasource.username.</summary>
    public static bool IsUserKey(string key)
    {
        var words = Words().Matches(key).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Count > 0 && (words[^1] is "user" or "username" or "login" or "uid" || (words.Count > 1 && words[^2] == "user" && words[^1] == "name"));
    }

    /// <summary>True for keys whose last word means password (the rest is a prefix: POSTGRES_, spring.datasource., admin).</summary>
    public static bool IsPasswordKey(string key)
    {
        var words = Words().Matches(key).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        var joined = string.Concat(words);
        return last is "password" or "passwd" or "pwd" or "pass" or "passphrase" or "pw"
            || (words.Count == 1 && (joined.EndsWith("password", StringComparison.Ordinal) || joined.EndsWith("passwd", StringComparison.Ordinal)));
    }

    private static IEnumerable<(string Key, string Value)> Pairs(string line)
    {
        foreach (Match m in JsonMember().Matches(line))
        {
            yield return (m.Groups["key"].Value, m.Groups["value"].Value);
        }

        foreach (Match m in XmlAddValue().Matches(line))
        {
            yield return (m.Groups["key"].Value, m.Groups["value"].Value);
        }

        foreach (Match m in XmlElement().Matches(line))
        {
            yield return (m.Groups["key"].Value, m.Groups["value"].Value);
        }

        if (KeyValue().Match(line) is { Success: true } kv)
        {
            yield return (kv.Groups["key"].Value, StripComment(kv.Groups["value"].Value));
        }
    }

    private static string StripComment(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith('"') || trimmed.StartsWith('\''))
        {
            var end = trimmed.IndexOf(trimmed[0], 1);
            return end > 0 ? trimmed[..(end + 1)] : trimmed;
        }

        var hash = trimmed.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? trimmed[..hash] : trimmed;
    }

    // Null for empty values and placeholders: ${VAR}, $VAR, {{ .Values.x }}, <password>, %VAR%, #{x}#.
    private static string? Clean(string raw)
    {
        var v = raw.Trim().TrimEnd(',', ';').Trim();
        if (v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0])
        {
            v = v[1..^1];
        }

        if (v.Length == 0 || v.StartsWith('$') || v.StartsWith('<') || v.StartsWith('%') || v.StartsWith('#') || v.Contains("{{", StringComparison.Ordinal) || v.StartsWith("${", StringComparison.Ordinal))
        {
            return null;
        }

        return v;
    }

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Words();

    [GeneratedRegex(@"""(?<key>[^""\\]{1,100})""\s*:\s*(?<value>""(?:[^""\\]|\\.)*"")", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JsonMember();

    [GeneratedRegex(@"\bkey\s*=\s*""(?<key>[^""]{1,100})""\s+value\s*=\s*(?<value>""[^""]*"")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex XmlAddValue();

    [GeneratedRegex(@"<(?<key>[\w.:\-]{1,100})>(?<value>[^<]{1,200})</\k<key>>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex XmlElement();

    // key: value, key=value, KEY=value, - KEY=value (compose lists), export KEY=value, ENV KEY=value, ENV KEY value is not read.
    [GeneratedRegex(@"^\s*(?:-\s+)?(?:export\s+|ENV\s+|set\s+)?['""]?(?<key>[A-Za-z_][\w.\-]{0,100})['""]?\s*(?::(?!//)|=)\s*(?<value>.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"(?:^|[;""'\s])(?:password|pwd)\s*=\s*(?<value>[^;""'\s]{1,100})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?:^|[;""'\s])(?:user\s*id|uid|user\s*name|user)\s*=\s*(?<value>[^;""'\s]{1,100})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ConnectionStringUser();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.\-]{1,20}://(?<user>[^:/@\s""']{1,100}):(?<value>[^@/\s""']{1,100})@", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex UrlPassword();
}
