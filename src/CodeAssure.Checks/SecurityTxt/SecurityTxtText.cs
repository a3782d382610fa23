using System.Buffers;
using System.Globalization;
using System.Text;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// Turns the raw bytes of a security.txt file into numbered lines, reporting what RFC 9116 section 4 and section 2.2
/// require of the bytes themselves: at most the size limit, UTF-8, and every line ending in CRLF or LF.
/// </summary>
internal static class SecurityTxtText
{
    public static List<SourceLine> Read(ReadOnlySpan<byte> content, int maxBytes, ProblemList problems)
    {
        if (content.Length > maxBytes)
        {
            problems.Error(1, string.Create(CultureInfo.InvariantCulture,
                $"the file is larger than {maxBytes / 1024} KiB; only the first {maxBytes / 1024} KiB were read"));
            content = content[..maxBytes];
            // Drop the partial last line so the cut does not show up as a second, misleading problem.
            var lastLineFeed = content.LastIndexOf((byte)'\n');
            content = lastLineFeed >= 0 ? content[..(lastLineFeed + 1)] : content;
        }

        if (content.StartsWith("\uFEFF"u8))
        {
            problems.Warning(1, "the file starts with a byte order mark (U+FEFF); RFC 9116 requires plain UTF-8 in Net-Unicode form, without one");
            content = content[3..];
        }

        ReportInvalidUtf8(content, problems);
        if (content.Contains((byte)0))
        {
            problems.Error(LineOf(content, content.IndexOf((byte)0)), "the file contains NUL bytes: it is binary, not a text file");
            return []; // reading binary line by line would only add noise
        }

        return Split(Encoding.UTF8.GetString(content), problems);
    }

    private static void ReportInvalidUtf8(ReadOnlySpan<byte> content, ProblemList problems)
    {
        var index = 0;
        while (index < content.Length)
        {
            var status = Rune.DecodeFromUtf8(content[index..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                problems.Error(LineOf(content, index), string.Create(CultureInfo.InvariantCulture,
                    $"invalid UTF-8 at byte {index} (0x{content[index]:X2}); the file MUST be encoded in UTF-8 (RFC 9116 section 4)"));
                return;
            }

            index += consumed;
        }
    }

    private static int LineOf(ReadOnlySpan<byte> content, int index) => content[..index].Count((byte)'\n') + 1;

    private static List<SourceLine> Split(string text, ProblemList problems)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        var reportedLoneCarriageReturn = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new SourceLine(number++, text[start..end]));
                start = i + 1;
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                if (!reportedLoneCarriageReturn)
                {
                    problems.Error(number, "line ends with a carriage return (CR) alone; every line MUST end with CRLF or LF (RFC 9116 section 2.2)");
                    reportedLoneCarriageReturn = true;
                }

                // Treat a lone CR as a line break so the rest of the file still gets useful line numbers.
                lines.Add(new SourceLine(number++, text[start..i]));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(number, text[start..]));
            problems.Error(number, "the last line has no line ending; every line MUST end with CRLF or LF (RFC 9116 section 2.2)");
        }

        return lines;
    }
}
