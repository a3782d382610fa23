using System.Text;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// The line grammar of RFC 9116 section 4: every line is blank, a comment ("#" first), or a field "name: value";
/// an extension field's value (RFC 5322 <c>unstructured</c>) may be folded onto following lines that start with
/// white space. Registered fields' values are checked later, by <see cref="SecurityTxtValidator"/>.
/// </summary>
internal static class SecurityTxtSyntax
{
    public static List<SecurityTxtField> ReadFields(IReadOnlyList<SourceLine> lines, ProblemList problems)
    {
        var fields = new List<SecurityTxtField>();
        // The extension field still open for folded continuation lines, if any.
        (string Name, StringBuilder Value, int Line)? open = null;

        void Close()
        {
            if (open is { } field)
            {
                fields.Add(new SecurityTxtField(field.Name, field.Value.ToString(), field.Line));
                open = null;
            }
        }

        foreach (var (number, text) in lines)
        {
            var content = text.TrimEnd(' ', '\t');
            if (content.Length == 0)
            {
                Close();
            }
            else if (content[0] == '#')
            {
                Close();
                ReportControlCharacter(number, content, "comment", problems);
            }
            else if (content[0] is ' ' or '\t')
            {
                if (open is { } field)
                {
                    ReportFieldValueCharacters(number, content, problems);
                    field.Value.Append(content);
                }
                else
                {
                    problems.Error(number, content.TrimStart(' ', '\t').StartsWith('#')
                        ? "a comment must start with '#' at the beginning of the line, not after white space"
                        : "a line starting with white space can only continue an extension field's value; this one follows no such field");
                }
            }
            else
            {
                Close();
                var field = ReadField(number, text, problems);
                if (field is null)
                {
                    continue;
                }

                if (IsRegistered(field.Name))
                {
                    fields.Add(field);
                }
                else
                {
                    open = (field.Name, new StringBuilder(field.Value), number);
                }
            }
        }

        Close();
        return fields;
    }

    private static SecurityTxtField? ReadField(int number, string text, ProblemList problems)
    {
        var content = text.TrimEnd(' ', '\t');
        if (content.StartsWith("-----BEGIN PGP", StringComparison.Ordinal) || content.StartsWith("-----END PGP", StringComparison.Ordinal))
        {
            problems.Error(number, $"{ProblemList.Quote(content)} is OpenPGP armour outside a well-formed signed message ('{CleartextSignature.MessageHeader}' must be the first line)");
            return null;
        }

        var colon = content.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            problems.Error(number, $"{ProblemList.Quote(content)} is not a field ('Name: value'), a comment ('# …') or a blank line");
            return null;
        }

        var name = content[..colon];
        if (name.Length == 0)
        {
            problems.Error(number, "the field has no name before ':'");
            return null;
        }

        // RFC 5322 field-name: printable US-ASCII except ':' (so no spaces).
        if (name.AsSpan().IndexOfAnyExceptInRange('\u0021', '\u007E') >= 0)
        {
            problems.Error(number, $"{ProblemList.Quote(name)} is not a valid field name (printable ASCII without spaces), and the line is not a comment");
            return null;
        }

        var rest = text[(colon + 1)..];
        // An extension field's value is RFC 5322 "unstructured", which may be empty (or continue on folded lines)
        // once the single space after the colon is there; a registered field always needs a value.
        if (rest.StartsWith(' ') && !IsRegistered(name))
        {
            var unstructured = rest[1..].TrimEnd(' ', '\t');
            ReportFieldValueCharacters(number, unstructured, problems);
            return new SecurityTxtField(name, unstructured, number);
        }

        if (rest.AsSpan().IndexOfAnyExcept(' ', '\t') < 0)
        {
            problems.Error(number, $"field {ProblemList.Quote(name)} has no value; a field MUST consist of a name and a value");
            return null;
        }

        if (rest[0] != ' ')
        {
            problems.Error(number, $"'{ProblemList.Quote(name)[1..^1]}:' must be followed by exactly one space before the value");
        }
        else
        {
            rest = rest[1..];
        }

        var value = rest.TrimEnd(' ', '\t');
        if (IsRegistered(name) && value.Length > 0 && value[0] is ' ' or '\t')
        {
            problems.Error(number, $"'{ProblemList.Quote(name)[1..^1]}:' must be followed by exactly one space; found more white space before the value");
            value = value.TrimStart(' ', '\t');
        }

        if (IsRegistered(name))
        {
            ReportControlCharacter(number, value, "field value", problems); // the value's own syntax rejects the rest
        }
        else
        {
            ReportFieldValueCharacters(number, value, problems);
        }

        return new SecurityTxtField(name, value, number);
    }

    // Field values are RFC 5322 "unstructured" (or URIs, dates, language tags): visible ASCII and white space only;
    // unlike comments, RFC 9116 allows no non-ASCII text in them.
    private static void ReportFieldValueCharacters(int number, string text, ProblemList problems)
    {
        ReportControlCharacter(number, text, "field value", problems);
        var index = text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u007F');
        if (index >= 0 && text[index] != '\uFFFD')
        {
            problems.Error(number, $"the field value contains the non-ASCII character {ProblemList.Quote(text[index].ToString())}; field values are ASCII (only comments may hold other Unicode text), so percent-encode it or move it to a comment");
        }
    }

    private static void ReportControlCharacter(int number, string text, string what, ProblemList problems)
    {
        foreach (var c in text)
        {
            // Allowed: tab, space, visible ASCII and anything from U+0080 on (the comment rule of RFC 9116 section 4).
            if (c != '\t' && (c < ' ' || c == '\u007F'))
            {
                problems.Error(number, $"the {what} contains the control character U+{(int)c:X4}");
                return;
            }

            if (c == '\uFFFD')
            {
                return; // an undecodable byte, already reported as invalid UTF-8
            }
        }
    }

    private static bool IsRegistered(string name) =>
        SecurityTxtFieldNames.All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
