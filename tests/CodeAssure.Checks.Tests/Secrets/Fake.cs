using System.Text;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Tests.Secrets;

/// <summary>
/// Builds FAKE credentials in the real formats at test time, from a seeded generator: nothing secret-shaped is committed,
/// so the repository's own scan (and a code host's push protection) finds nothing.
/// </summary>
internal static class Fake
{
    public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string Lower = "abcdefghijklmnopqrstuvwxyz";
    public const string Digits = "0123456789";
    public const string Alnum = Upper + Lower + Digits;
    public const string Hex = "0123456789abcdef";
    public const string Base64 = Alnum + "+/";
    public const string Base64Url = Alnum + "-_";

    public static string Of(string alphabet, int length, int seed = 1)
    {
        var random = new Random(seed * 7919 + length);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        // Random text can, by chance, start or end with a separator that changes a token's shape; keep ends alphanumeric.
        if (length > 0 && !char.IsAsciiLetterOrDigit(builder[0]))
        {
            builder[0] = 'Q';
        }

        if (length > 1 && !char.IsAsciiLetterOrDigit(builder[^1]))
        {
            builder[^1] = '7';
        }

        return builder.ToString();
    }

    public static string Alphanumeric(int length, int seed = 1) => Of(Alnum, length, seed);

    public static string HexOf(int length, int seed = 1) => Of(Hex, length, seed);

    /// <summary>A GitHub/npm-style token (prefix + 30 random + 6-character CRC-32 checksum); a wrong checksum when asked.</summary>
    public static string ChecksummedToken(string prefix, bool validChecksum = true, int seed = 1)
    {
        var body = Alphanumeric(30, seed);
        var checksum = TokenChecksum.Encode(TokenChecksum.Crc32(body));
        if (!validChecksum)
        {
            checksum = checksum[0] == 'z' ? "y" + checksum[1..] : "z" + checksum[1..];
        }

        return prefix + body + checksum;
    }

    public static string Base64UrlJson(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A PEM block with a random body (not a key: it only has the shape of one).</summary>
    public static string Pem(string label, int seed = 1, string headers = "", string newline = "\n")
    {
        var builder = new StringBuilder().Append("-----BEGIN ").Append(label).Append("-----").Append(newline).Append(headers);
        for (var i = 0; i < 4; i++)
        {
            builder.Append(Of(Base64, 64, seed + i)).Append(newline);
        }

        return builder.Append(Of(Base64, 20, seed + 9)).Append("==").Append(newline).Append("-----END ").Append(label).Append("-----").Append(newline).ToString();
    }
}
