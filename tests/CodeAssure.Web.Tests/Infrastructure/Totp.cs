using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) from a Base32 key, as an authenticator app computes it.</summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset time)
    {
        var key = Base32Decode(base32Key);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // TOTP is defined over HMAC-SHA1 (RFC 6238 default, what Identity verifies).
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
