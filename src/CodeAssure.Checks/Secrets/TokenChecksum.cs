namespace CodeAssure.Checks.Secrets;

/// <summary>
/// The checksum GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) put in their tokens: the last 6 characters are the
/// CRC-32 of the 30 random characters before them, in base62 (0-9A-Za-z), left-padded with '0'.
/// </summary>
internal static class TokenChecksum
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly uint[] Table = BuildTable();

    /// <summary>True when a prefix_ + 36-character token carries a valid checksum.</summary>
    public static bool IsValid(string token)
    {
        var underscore = token.LastIndexOf('_');
        var body = token.AsSpan(underscore + 1);
        if (body.Length != 36)
        {
            return false;
        }

        return body[30..].SequenceEqual(Encode(Crc32(body[..30])));
    }

    /// <summary>The 6-character checksum for 30 random characters (tests use it to build well-formed fakes).</summary>
    public static string Encode(uint crc)
    {
        Span<char> digits = stackalloc char[6];
        digits.Fill('0');
        for (var i = 5; i >= 0 && crc > 0; i--)
        {
            digits[i] = Base62[(int)(crc % 62)];
            crc /= 62;
        }

        return new string(digits);
    }

    public static uint Crc32(ReadOnlySpan<char> ascii)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in ascii)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
