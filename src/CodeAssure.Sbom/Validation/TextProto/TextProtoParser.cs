using System.Globalization;
using System.Text;

namespace CodeAssure.Sbom.Validation.TextProto;

/// <summary>
/// A parser for the protobuf text format (protobuf.dev/reference/protobuf/textformat-spec): fields with scalar or
/// message values, messages in <c>{}</c> or <c>&lt;&gt;</c>, list values in <c>[]</c>, adjacent string concatenation,
/// C-style string escapes, decimal/octal/hex integers, floats, identifiers (enum values, true/false, inf, nan),
/// '#' comments and optional ',' or ';' separators. Malformed input fails with the line and column.
/// </summary>
internal sealed class TextProtoParser
{
    private const int MaxNesting = 100;
    private readonly string text;
    private int position;
    private int line = 1;
    private int lineStart;

    private TextProtoParser(string text) => this.text = text;

    /// <summary>Whether the text's first non-comment line starts like a text-format field (<c>name:</c> or <c>name {</c>).</summary>
    public static bool LooksLikeTextProto(string text)
    {
        foreach (var raw in text.Split('\n').Take(50))
        {
            var lineText = raw.Trim();
            if (lineText.Length == 0 || lineText.StartsWith('#'))
            {
                continue;
            }

            var i = 0;
            while (i < lineText.Length && (char.IsAsciiLetterOrDigit(lineText[i]) || lineText[i] == '_'))
            {
                i++;
            }

            var rest = lineText[i..].TrimStart();
            return i > 0 && !char.IsAsciiDigit(lineText[0]) && rest.Length > 0 && rest[0] is ':' or '{' or '<';
        }

        return false;
    }

    /// <summary>Parses a whole document as one message.</summary>
    /// <exception cref="FormatException">The text is not valid text format; the message starts with <c>line:column:</c>.</exception>
    public static TextProtoMessage Parse(string text)
    {
        var parser = new TextProtoParser(text);
        var message = parser.ParseFields(terminator: '\0', depth: 0);
        parser.SkipWhitespaceAndComments();
        if (parser.position < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser.position]}'");
        }

        return message;
    }

    private TextProtoMessage ParseFields(char terminator, int depth)
    {
        if (depth > MaxNesting)
        {
            throw Error($"messages are nested more than {MaxNesting} deep");
        }

        var fields = new List<TextProtoField>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (position >= text.Length)
            {
                if (terminator != '\0')
                {
                    throw Error($"unexpected end of input; expected '{terminator}'");
                }

                return new TextProtoMessage(fields);
            }

            if (text[position] == terminator)
            {
                position++;
                return new TextProtoMessage(fields);
            }

            ParseField(fields, depth);
            SkipWhitespaceAndComments();
            if (position < text.Length && text[position] is ',' or ';')
            {
                position++;
            }
        }
    }

    private void ParseField(List<TextProtoField> fields, int depth)
    {
        var fieldLine = line;
        var fieldColumn = position - lineStart + 1;
        string name;
        if (text[position] == '[')
        {
            // Extension or Any type URL: [pkg.ext] or [type.googleapis.com/pkg.Type].
            var end = text.IndexOf(']', position);
            if (end < 0)
            {
                throw Error("unterminated '[' in field name");
            }

            name = text[position..(end + 1)];
            position = end + 1;
        }
        else
        {
            name = ReadIdentifier() ?? throw Error($"expected a field name, found '{text[position]}'");
        }

        SkipWhitespaceAndComments();
        var hasColon = Peek() == ':';
        if (hasColon)
        {
            position++;
            SkipWhitespaceAndComments();
        }

        var next = Peek();
        if (next is '{' or '<')
        {
            position++;
            var message = ParseFields(next == '{' ? '}' : '>', depth + 1);
            fields.Add(new TextProtoField(name, fieldLine, fieldColumn, message, default, ""));
            return;
        }

        if (next == '[')
        {
            position++;
            SkipWhitespaceAndComments();
            if (Peek() == ']')
            {
                position++;
                return;
            }

            while (true)
            {
                SkipWhitespaceAndComments();
                var itemLine = line;
                var itemColumn = position - lineStart + 1;
                if (Peek() is '{' or '<')
                {
                    var open = text[position++];
                    fields.Add(new TextProtoField(name, itemLine, itemColumn, ParseFields(open == '{' ? '}' : '>', depth + 1), default, ""));
                }
                else if (!hasColon)
                {
                    throw Error($"field '{name}' needs ':' before a list of scalar values");
                }
                else
                {
                    var (kind, value) = ParseScalar();
                    fields.Add(new TextProtoField(name, itemLine, itemColumn, null, kind, value));
                }

                SkipWhitespaceAndComments();
                var separator = Peek();
                position++;
                if (separator == ']')
                {
                    return;
                }

                if (separator != ',')
                {
                    position--;
                    throw Error($"expected ',' or ']' in the list of '{name}'");
                }
            }
        }

        if (!hasColon)
        {
            throw Error($"expected ':' or '{{' after field name '{name}'");
        }

        var (scalarKind, scalar) = ParseScalar();
        fields.Add(new TextProtoField(name, fieldLine, fieldColumn, null, scalarKind, scalar));
    }

    private (TextProtoScalarKind Kind, string Value) ParseScalar()
    {
        var c = Peek();
        if (c is '"' or '\'')
        {
            var builder = new StringBuilder();
            while (Peek() is '"' or '\'')
            {
                builder.Append(ReadString());
                SkipWhitespaceAndComments();
            }

            return (TextProtoScalarKind.String, builder.ToString());
        }

        var negative = false;
        if (c == '-')
        {
            negative = true;
            position++;
            SkipWhitespaceAndComments();
            c = Peek();
        }

        if (char.IsAsciiDigit(c) || c == '.')
        {
            var (kind, number) = ReadNumber();
            return (kind, negative ? "-" + number : number);
        }

        if (ReadIdentifier() is { } identifier)
        {
            if (negative && !identifier.Equals("inf", StringComparison.OrdinalIgnoreCase) && !identifier.Equals("infinity", StringComparison.OrdinalIgnoreCase)
                && !identifier.Equals("nan", StringComparison.OrdinalIgnoreCase))
            {
                throw Error($"'-' may only precede a number, inf or nan, not '{identifier}'");
            }

            return (TextProtoScalarKind.Identifier, negative ? "-" + identifier : identifier);
        }

        throw position >= text.Length ? Error("unexpected end of input; expected a value") : Error($"expected a value, found '{text[position]}'");
    }

    private (TextProtoScalarKind Kind, string Value) ReadNumber()
    {
        var start = position;
        if (Peek() == '0' && position + 1 < text.Length && text[position + 1] is 'x' or 'X')
        {
            position += 2;
            var digits = position;
            while (position < text.Length && char.IsAsciiHexDigit(text[position]))
            {
                position++;
            }

            if (position == digits)
            {
                throw Error("'0x' must be followed by hexadecimal digits");
            }

            EnsureNumberEnds();
            return (TextProtoScalarKind.Integer, text[start..position]);
        }

        var isFloat = false;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (Peek() == '.')
        {
            isFloat = true;
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }

        if (position - start == 1 && text[start] == '.')
        {
            throw Error("'.' must be followed by digits");
        }

        if (Peek() is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (Peek() is '+' or '-')
            {
                position++;
            }

            var exponent = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (position == exponent)
            {
                throw Error("an exponent must have digits");
            }
        }

        if (Peek() is 'f' or 'F')
        {
            isFloat = true;
            position++;
        }

        var value = text[start..position];
        if (!isFloat && value.Length > 1 && value[0] == '0' && !value.All(d => d is >= '0' and <= '7'))
        {
            throw Error($"'{value}' is not a valid octal number");
        }

        EnsureNumberEnds();
        return (isFloat ? TextProtoScalarKind.Float : TextProtoScalarKind.Integer, value);
    }

    private void EnsureNumberEnds()
    {
        if (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            throw Error($"unexpected '{text[position]}' in a number");
        }
    }

    private string ReadString()
    {
        var quote = text[position++];
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length || text[position] == '\n')
            {
                throw Error("unterminated string");
            }

            var c = text[position++];
            if (c == quote)
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                throw Error("unterminated string");
            }

            var escape = text[position++];
            switch (escape)
            {
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case '\\' or '\'' or '"' or '?': builder.Append(escape); break;
                case >= '0' and <= '7':
                    var octal = escape - '0';
                    for (var i = 0; i < 2 && Peek() is >= '0' and <= '7'; i++)
                    {
                        octal = (octal * 8) + (text[position++] - '0');
                    }

                    builder.Append((char)octal);
                    break;
                case 'x' or 'X':
                    builder.Append((char)ReadHex(1, 2, "\\x"));
                    break;
                case 'u':
                    builder.Append(char.ConvertFromUtf32(CheckedCodePoint(ReadHex(4, 4, "\\u"))));
                    break;
                case 'U':
                    builder.Append(char.ConvertFromUtf32(CheckedCodePoint(ReadHex(8, 8, "\\U"))));
                    break;
                default:
                    position--;
                    throw Error($"unknown escape '\\{escape}' in string");
            }
        }
    }

    private int ReadHex(int min, int max, string escape)
    {
        var start = position;
        while (position < text.Length && position - start < max && char.IsAsciiHexDigit(text[position]))
        {
            position++;
        }

        if (position - start < min)
        {
            throw Error($"'{escape}' needs {(min == max ? min.ToString(CultureInfo.InvariantCulture) : "1 or 2")} hexadecimal digit(s)");
        }

        return int.TryParse(text.AsSpan(start, position - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{escape}' escape is out of range");
    }

    private int CheckedCodePoint(int value) =>
        value is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? value : throw Error("escape is not a Unicode scalar value");

    private string? ReadIdentifier()
    {
        var start = position;
        if (position < text.Length && (char.IsAsciiLetter(text[position]) || text[position] == '_'))
        {
            position++;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }
        }

        return position > start ? text[start..position] : null;
    }

    private void SkipWhitespaceAndComments()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '#')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '\n')
            {
                position++;
                line++;
                lineStart = position;
            }
            else if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private FormatException Error(string message) =>
        new($"{line}:{position - lineStart + 1}: {message}");
}
