using System.Security.Cryptography;
using System.Text;

namespace CodeAssure.Checks.SecureDefaults;

/// <summary>
/// The curated list of well-known default passwords (documented in docs/config-checks.md): vendor and image
/// defaults (admin, root, postgres, sa, guest …) and the most common weak choices. Comparison ignores case. The
/// unsalted MD5, SHA-1 and SHA-256 hex digests of each are known too, for seed data that stores a hash.
/// </summary>
internal static class WellKnownPasswords
{
    /// <summary>The list, lower case.</summary>
    public static IReadOnlyList<string> Values { get; } =
    [
        "admin", "administrator", "admin1", "admin123", "adminadmin", "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
        "pass", "pass123", "changeme", "change_me", "changeit", "root", "toor", "default", "secret", "test", "test123", "testing",
        "guest", "postgres", "mysql", "oracle", "sa", "sysadmin", "manager", "tomcat", "user", "demo", "letmein", "welcome", "qwerty",
        "1234", "12345", "123456", "12345678", "123456789", "1234567890", "000000", "111111", "abc123", "elastic", "rabbitmq", "minioadmin",
        "kibana", "grafana", "jenkins", "nexus", "superuser", "master", "system",

        // Values from official container images' documentation, copied into countless compose files.
        "mysecretpassword", "my-secret-pw", "example", "yourstrong(!)password", "yourstrongpassword123", "your_password123",
    ];

    private static readonly HashSet<string> Plain = new(Values, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Hashes = BuildHashes();

    /// <summary>True when the value is on the list (case-insensitive).</summary>
    public static bool IsDefault(string value) => Plain.Contains(value);

    /// <summary>The default password whose unsalted MD5/SHA-1/SHA-256 hex digest the value is, if any.</summary>
    public static string? HashedDefault(string value) => Hashes.TryGetValue(value, out var plain) ? plain : null;

    private static Dictionary<string, string> BuildHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Values)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
#pragma warning disable CA5350, CA5351 // Recognising weak hashes in seed data, not creating them.
            hashes[Convert.ToHexString(MD5.HashData(bytes))] = value;
            hashes[Convert.ToHexString(SHA1.HashData(bytes))] = value;
#pragma warning restore CA5350, CA5351
            hashes[Convert.ToHexString(SHA256.HashData(bytes))] = value;
        }

        return hashes;
    }
}
