using System.Security.Cryptography;
using System.Text;

namespace CodeAssure.Checks.Secrets;

/// <summary>How a secret appears in a finding: never in full. A short prefix then stars, and a one-way fingerprint.</summary>
public static class SecretRedaction
{
    private const int MaxStars = 20;

    /// <summary>
    /// At most 4 leading characters (fewer for short secrets: never more than a quarter of it), then one star per hidden
    /// character up to 20, e.g. "AKIA****************".
    /// </summary>
    public static string Redact(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var shown = Math.Min(4, secret.Length / 4);
        return string.Concat(secret.AsSpan(0, shown), new string('*', Math.Clamp(secret.Length - shown, 1, MaxStars)));
    }

    /// <summary>SHA-256 (lower-case hex) of the rule id, the file path and the secret: stable across scans, not the secret.</summary>
    public static string Fingerprint(string ruleId, string path, string secret)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(secret);
        var bytes = Encoding.UTF8.GetBytes($"{ruleId}\n{path}\n{secret}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
