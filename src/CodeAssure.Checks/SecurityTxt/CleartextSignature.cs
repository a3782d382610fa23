namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// The OpenPGP cleartext signature framework (RFC 4880 section 7, as profiled by RFC 9116 section 4): finds the signed
/// body inside the armour, undoes dash-escaping, and reports broken framing. It does not verify the signature —
/// that needs the signer's key, which a researcher must obtain and trust separately (RFC 9116 section 2.3).
/// </summary>
internal static class CleartextSignature
{
    public const string MessageHeader = "-----BEGIN PGP SIGNED MESSAGE-----";
    public const string SignatureHeader = "-----BEGIN PGP SIGNATURE-----";
    public const string SignatureFooter = "-----END PGP SIGNATURE-----";

    /// <summary>Whether the lines look like a signed message (its header appears anywhere).</summary>
    public static bool IsSigned(IReadOnlyList<SourceLine> lines) => lines.Any(l => IsArmorLine(l.Text, MessageHeader));

    /// <summary>Returns the signed body's lines (dash-escapes removed, original line numbers kept) and the hash algorithms named.</summary>
    public static List<SourceLine> Unwrap(IReadOnlyList<SourceLine> lines, ProblemList problems, List<string> hashAlgorithms)
    {
        var index = 0;
        while (index < lines.Count && !IsArmorLine(lines[index].Text, MessageHeader))
        {
            if (!IsBlank(lines[index].Text))
            {
                problems.Error(lines[index].Number, $"text before '{MessageHeader}' is not covered by the signature; the header must be the first line");
            }

            index++;
        }

        index++; // the header itself
        index = ReadHashHeaders(lines, index, problems, hashAlgorithms);

        var body = new List<SourceLine>();
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (IsArmorLine(line.Text, SignatureHeader))
            {
                ReadSignatureBlock(lines, index, problems);
                return body;
            }

            if (line.Text.StartsWith("- ", StringComparison.Ordinal))
            {
                body.Add(line with { Text = line.Text[2..] });
            }
            else
            {
                if (line.Text.StartsWith('-'))
                {
                    problems.Error(line.Number, "a line starting with '-' inside a signed message MUST be dash-escaped as '- -' (RFC 4880 section 7.1)");
                }

                body.Add(line);
            }
        }

        problems.Error(lines.Count == 0 ? 1 : lines[^1].Number, $"the signed message has no signature: '{SignatureHeader}' is missing");
        return body;
    }

    private static int ReadHashHeaders(IReadOnlyList<SourceLine> lines, int index, ProblemList problems, List<string> hashAlgorithms)
    {
        var headerLine = index > 0 && index - 1 < lines.Count ? lines[index - 1].Number : 1;
        for (; index < lines.Count; index++)
        {
            var text = lines[index].Text;
            if (IsBlank(text))
            {
                if (hashAlgorithms.Count == 0)
                {
                    problems.Error(headerLine, "the signed message has no 'Hash:' armor header (RFC 9116 section 4 requires one)");
                }

                return index + 1;
            }

            if (text.StartsWith("Hash: ", StringComparison.Ordinal))
            {
                foreach (var algorithm in text[6..].Split(',', StringSplitOptions.TrimEntries))
                {
                    if (algorithm.Length == 0 || !algorithm.All(IsTokenChar))
                    {
                        problems.Error(lines[index].Number, $"{ProblemList.Quote(algorithm)} is not a hash algorithm name");
                    }
                    else
                    {
                        hashAlgorithms.Add(algorithm);
                    }
                }
            }
            else
            {
                // No blank line: the armor headers ran straight into the text; treat this line as the text's start.
                problems.Error(lines[index].Number, "expected a 'Hash: ' armor header or the blank line that ends the armor headers");
                return index;
            }
        }

        problems.Error(headerLine, "the signed message ends inside its armor headers");
        return index;
    }

    private static void ReadSignatureBlock(IReadOnlyList<SourceLine> lines, int index, ProblemList problems)
    {
        var headerNumber = lines[index].Number;
        index++;

        // Armor headers (e.g. "Version: GnuPG v2"), then a blank line, then base64 data and its checksum.
        while (index < lines.Count && IsArmorKey(lines[index].Text))
        {
            index++;
        }

        if (index < lines.Count && IsBlank(lines[index].Text))
        {
            index++;
        }
        else if (index < lines.Count && !IsArmorLine(lines[index].Text, SignatureFooter))
        {
            problems.Error(lines[index].Number, "the signature's armor headers must end with a blank line (RFC 4880 section 6.2)");
        }

        var dataLines = 0;
        var reportedNonBase64 = false;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (IsArmorLine(line.Text, SignatureFooter))
            {
                if (dataLines == 0)
                {
                    problems.Error(headerNumber, "the signature block is empty");
                }

                ReportTrailingContent(lines, index + 1, problems);
                return;
            }

            dataLines++;
            if (!reportedNonBase64 && !line.Text.TrimEnd().All(IsBase64Char))
            {
                problems.Warning(line.Number, "the signature data is not base64, so the signature cannot verify (signatures are not verified here)");
                reportedNonBase64 = true;
            }
        }

        problems.Error(headerNumber, $"the signature block is not closed: '{SignatureFooter}' is missing");
    }

    private static void ReportTrailingContent(IReadOnlyList<SourceLine> lines, int index, ProblemList problems)
    {
        for (; index < lines.Count; index++)
        {
            if (!IsBlank(lines[index].Text))
            {
                problems.Error(lines[index].Number, "text after the signature is not covered by it; nothing may follow the signature");
                return;
            }
        }
    }

    private static bool IsArmorLine(string text, string armor) =>
        text.StartsWith(armor, StringComparison.Ordinal) && IsBlank(text[armor.Length..]);

    private static bool IsArmorKey(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && text.AsSpan(0, colon).IndexOfAnyExcept(TokenChars) < 0;
    }

    private static bool IsBlank(string text) => text.AsSpan().IndexOfAnyExcept(' ', '\t') < 0;

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=';

    // RFC 2045 token: printable ASCII except space and tspecials.
    private static bool IsTokenChar(char c) => c is > ' ' and < '\u007F' && !"()<>@,;:\\\"/[]?=".Contains(c, StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> TokenChars = System.Buffers.SearchValues.Create(
        "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~");
}
