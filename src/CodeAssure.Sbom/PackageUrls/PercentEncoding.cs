using System.Text;

namespace CodeAssure.Sbom.PackageUrls;

/// <summary>
/// Percent-encoding as the purl specification defines it (RFC 3986 section 2.1 mechanism, purl's own allowed set):
/// only ASCII letters, digits, the punctuation <c>.-_~</c> and the colon stay as they are; every other UTF-8 octet
/// becomes <c>%XX</c> with upper-case hex.
/// </summary>
internal static class PercentEncoding
{
    public static string Encode(string value)
    {
        var needsWork = false;
        foreach (var c in value)
        {
            if (!IsUnreserved(c))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length * 2);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && IsUnreserved((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var written = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < written; i++)
            {
                builder.Append('%').Append(HexDigits[buffer[i] >> 4]).Append(HexDigits[buffer[i] & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes <c>%XX</c> triplets and reads the octets as strict UTF-8. Characters that are not part of a triplet
    /// are kept as they are (a lenient reader accepts non-canonical input; <see cref="PackageUrl.ToString"/> re-encodes).
    /// </summary>
    /// <param name="value">The encoded text.</param>
    /// <param name="component">The component's name, for the error message.</param>
    public static string Decode(string value, string component)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
                {
                    var shown = value.Substring(i, Math.Min(3, value.Length - i));
                    throw new PackageUrlFormatException(
                        $"invalid percent-encoding '{PackageUrlText.Printable(shown)}' in the {component} ('%' must be followed by two hex digits)",
                        PackageUrlErrorKind.Syntax);
                }

                bytes.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                i += 2;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    var written = new Rune(c, value[i + 1]).EncodeToUtf8(buffer);
                    bytes.AddRange(buffer[..written]);
                    i++;
                    continue;
                }

                throw new PackageUrlFormatException($"the {component} contains an unpaired UTF-16 surrogate", PackageUrlErrorKind.Syntax);
            }

            var count = new Rune(c).EncodeToUtf8(buffer);
            bytes.AddRange(buffer[..count]);
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new PackageUrlFormatException($"the {component} is not valid UTF-8 once percent-decoded", PackageUrlErrorKind.Syntax);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string HexDigits = "0123456789ABCDEF";

    private static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' or ':';

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
