using System.Buffers;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// Decides whether a value assigned to a secret-sounding name looks like a real credential, or is a placeholder,
/// a reference to somewhere else (environment variable, template, vault), or plainly not a secret (UUID, commit id, path).
/// </summary>
internal static partial class SecretValueHeuristics
{
    /// <summary>Minimum length of a generic secret value.</summary>
    public const int MinimumLength = 8;

    /// <summary>Minimum Shannon entropy (bits per character) of a generic secret value.</summary>
    public const double MinimumEntropy = 3.0;

    private static readonly SearchValues<string> PlaceholderMarkers = SearchValues.Create(
        [
            "${", "{{", "}}", "<%", "%>", "#{", "$(", "xxxx", "***", "...", "•••", "process.env", "environ", "getenv",
            "environment.", "env(", "env.", "secrets.", "vault:", "your_", "your-", "yourpass", "yourkey", "yourtoken",
            "placeholder", "example", "dummy", "redacted", "replace", "insert", "changethis", "fake", "sample", "todo",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "api-key", "key", "none", "null",
        "nil", "undefined", "empty", "string", "value", "user", "username", "test", "testing", "foo", "bar", "baz",
    };

    // Names that hold something about a secret rather than the secret (its name, type, file, length …).
    private static readonly string[] NonSecretNameEndings =
    [
        "name", "type", "file", "path", "dir", "url", "uri", "id", "field", "label", "prompt", "hint", "length", "len",
        "policy", "pattern", "regex", "header", "kind", "format", "mode", "endpoint", "provider", "env", "var", "count",
        "expiry", "expires", "expiration", "ttl", "hash", "source", "location", "ref", "key_id", "keyid", "prefix", "suffix",
        "param", "parameter", "property", "attribute", "template", "class", "method", "option", "setting", "config",
        "enabled", "required", "store", "manager", "service", "provider", "handler", "validator", "generator", "size", "min", "max",
    ];

    /// <summary>True when the value is a placeholder or a reference (template, environment lookup, masked value) rather than a secret.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim().Trim("\"'`");
        if (trimmed.IsEmpty || PlaceholderWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed))
        {
            return true;
        }

        if (trimmed[0] is '$' or '%' or '<' or '{' or '@' && !(trimmed.Length > 1 && trimmed[0] == '$' && trimmed[1] is '2' or '5' or '6' or 'a' or 'y'))
        {
            return true;
        }

        // Markers of templates and masks; a {…} pair is a format item or interpolation hole ("Password={0}", $"…{x}…").
        if (trimmed.IndexOfAny(PlaceholderMarkers) >= 0 || (trimmed.Contains('{') && trimmed.Contains('}')))
        {
            return true;
        }

        // A value made of one repeated character (******** or 00000000) is a mask.
        return !trimmed.ContainsAnyExcept(trimmed[0]);
    }

    /// <summary>True when a name like "password_field" or "token_url" describes a secret rather than holding one.</summary>
    public static bool IsNonSecretName(string name)
    {
        var trimmed = name.Trim('"', '\'', ']', '[').TrimEnd('.', '-', '_');
        foreach (var ending in NonSecretNameEndings)
        {
            if (trimmed.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && trimmed.Length > ending.Length)
            {
                var before = trimmed[trimmed.Length - ending.Length - 1];
                if (before is '_' or '-' or '.' || (char.IsLower(before) && char.IsUpper(trimmed[trimmed.Length - ending.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a value assigned to a secret-sounding name looks random enough to be a credential.</summary>
    public static bool LooksLikeGenericSecret(string value)
    {
        if (value.Length < MinimumLength || IsPlaceholder(value) || value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (!value.Any(char.IsAsciiDigit) || !value.Any(char.IsAsciiLetter))
        {
            return false;
        }

        if (Uuid().IsMatch(value) || CommitId().IsMatch(value) || value.Contains("://", StringComparison.Ordinal) ||
            value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || value[0] is '/' or '.' or '~' || VersionLike().IsMatch(value))
        {
            return false;
        }

        return ShannonEntropy.Of(value) >= MinimumEntropy;
    }

    [GeneratedRegex(@"\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();

    // A git commit id (SHA-1, 40 hex): an identifier, not a credential.
    [GeneratedRegex(@"\A[0-9a-f]{40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CommitId();

    [GeneratedRegex(@"\Av?[0-9]+(\.[0-9A-Za-z]+)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLike();
}
