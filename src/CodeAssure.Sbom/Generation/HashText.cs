using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation;

/// <summary>Turns the hash notations of lock files into <see cref="PackageHash"/> values; null when unreadable.</summary>
internal static class HashText
{
    /// <summary>A Subresource Integrity value (<c>sha512-BASE64</c>, possibly several separated by spaces).</summary>
    public static IEnumerable<PackageHash> FromIntegrity(string? integrity)
    {
        if (string.IsNullOrWhiteSpace(integrity))
        {
            yield break;
        }

        foreach (var part in integrity.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0)
            {
                continue;
            }

            var algorithm = AlgorithmName(part[..dash]);
            var value = algorithm is null ? null : FromBase64(algorithm, part[(dash + 1)..]);
            if (value is not null)
            {
                yield return value;
            }
        }
    }

    /// <summary>A base64 digest with a known algorithm (NuGet's contentHash and sha512).</summary>
    public static PackageHash? FromBase64(string algorithm, string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        // SRI may carry options after '?'.
        var question = base64.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            base64 = base64[..question];
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written)
            ? FromHex(algorithm, Convert.ToHexStringLower(buffer.AsSpan(0, written)))
            : null;
    }

    /// <summary>A hex digest; null when its length does not fit the algorithm.</summary>
    public static PackageHash? FromHex(string algorithm, string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex))
        {
            return null;
        }

        hex = hex.Trim();
        var expected = algorithm switch { "SHA-1" => 40, "SHA-256" => 64, "SHA-384" => 96, "SHA-512" => 128, _ => -1 };
        return hex.Length == expected && hex.All(char.IsAsciiHexDigit) ? new PackageHash(algorithm, hex) : null;
    }

    /// <summary>A <c>sha256:HEX</c> or <c>sha256=HEX</c> notation (Python lock files, Gemfile.lock checksums).</summary>
    public static PackageHash? FromPrefixedHex(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var separator = text.IndexOfAny([':', '=']);
        if (separator <= 0)
        {
            return null;
        }

        var algorithm = AlgorithmName(text[..separator]);
        return algorithm is null ? null : FromHex(algorithm, text[(separator + 1)..]);
    }

    private static string? AlgorithmName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sha1" => "SHA-1",
        "sha256" => "SHA-256",
        "sha384" => "SHA-384",
        "sha512" => "SHA-512",
        _ => null,
    };
}
