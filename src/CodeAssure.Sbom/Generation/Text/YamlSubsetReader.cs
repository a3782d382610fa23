using System.Globalization;
using System.Text;

namespace CodeAssure.Sbom.Generation.Text;

/// <summary>
/// Reads the YAML subset lock files are written in (pnpm-lock.yaml, yarn berry's yarn.lock): block mappings and
/// sequences by indentation, plain and quoted scalars, flow mappings and sequences, comments. No anchors, tags or
/// multi-document streams; those are rejected with the line they are on, as is anything else not understood.
/// </summary>
internal static class YamlSubsetReader
{
    private const int MaxDepth = 64;

    public static YamlNode Read(string text)
    {
        var lines = Prepare(text);
        if (lines.Count == 0)
        {
            return new YamlMapping(1);
        }

        var index = 0;
        var node = ReadBlock(lines, ref index, lines[0].Indent, 0);
        if (index < lines.Count)
        {
            throw new LockFileException(lines[index].Number, "unexpected indentation");
        }

        return node;
    }

    private readonly record struct Line(int Number, int Indent, string Content);

    private static List<Line> Prepare(string text)
    {
        var result = new List<Line>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var content = StripComment(line[indent..]).TrimEnd();
            if (content.Length == 0 || content == "---" || content.StartsWith("%YAML", StringComparison.Ordinal))
            {
                continue;
            }

            if (content[0] == '\t')
            {
                throw new LockFileException(number, "tab used for indentation");
            }

            if (content == "..." || content.StartsWith("--- ", StringComparison.Ordinal))
            {
                throw new LockFileException(number, "multiple YAML documents are not supported");
            }

            result.Add(new Line(number, indent, content));
        }

        return result;
    }

    private static string StripComment(string content)
    {
        char? quote = null;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else if (c == '\\' && q == '"')
                {
                    i++;
                }
            }
            else if (c is '"' or '\'' && (i == 0 || content[i - 1] is ' ' or ':' or '{' or '[' or ',' or '-'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || content[i - 1] is ' ' or '\t'))
            {
                return content[..i];
            }
        }

        return content;
    }

    private static YamlNode ReadBlock(List<Line> lines, ref int index, int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new LockFileException(lines[index].Number, "nested too deeply");
        }

        var first = lines[index];
        return first.Content == "-" || first.Content.StartsWith("- ", StringComparison.Ordinal)
            ? ReadSequence(lines, ref index, indent, depth)
            : ReadMapping(lines, ref index, indent, depth);
    }

    private static YamlSequence ReadSequence(List<Line> lines, ref int index, int indent, int depth)
    {
        var sequence = new YamlSequence(lines[index].Number);
        while (index < lines.Count && lines[index].Indent == indent && (lines[index].Content == "-" || lines[index].Content.StartsWith("- ", StringComparison.Ordinal)))
        {
            var line = lines[index];
            var rest = line.Content.Length > 1 ? line.Content[2..].TrimStart() : "";
            if (rest.Length == 0)
            {
                index++;
                sequence.Items.Add(index < lines.Count && lines[index].Indent > indent
                    ? ReadBlock(lines, ref index, lines[index].Indent, depth + 1)
                    : new YamlScalar(line.Number, ""));
            }
            else if (FindKeySeparator(rest) >= 0)
            {
                // "- key: value" starts a mapping whose further keys are indented to the key's column.
                var column = line.Indent + (line.Content.Length - rest.Length);
                lines[index] = new Line(line.Number, column, rest);
                sequence.Items.Add(ReadMapping(lines, ref index, column, depth + 1));
            }
            else
            {
                sequence.Items.Add(ParseInlineValue(rest, line.Number, depth));
                index++;
            }
        }

        return sequence;
    }

    private static YamlMapping ReadMapping(List<Line> lines, ref int index, int indent, int depth)
    {
        var mapping = new YamlMapping(lines[index].Number);
        while (index < lines.Count && lines[index].Indent == indent)
        {
            var line = lines[index];
            if (line.Content.StartsWith("- ", StringComparison.Ordinal) || line.Content == "-")
            {
                throw new LockFileException(line.Number, "a sequence item where a mapping key was expected");
            }

            var separator = FindKeySeparator(line.Content);
            if (separator < 0)
            {
                throw new LockFileException(line.Number, $"expected 'key: value', found '{Shorten(line.Content)}'");
            }

            var key = UnquoteKey(line.Content[..separator].Trim(), line.Number);
            var rest = line.Content[(separator + 1)..].Trim();
            index++;
            if (rest.Length == 0)
            {
                if (index < lines.Count && (lines[index].Indent > indent || (lines[index].Indent == indent && lines[index].Content.StartsWith("- ", StringComparison.Ordinal))))
                {
                    mapping.Add(key, ReadBlock(lines, ref index, lines[index].Indent, depth + 1), line.Number);
                }
                else
                {
                    mapping.Add(key, new YamlScalar(line.Number, ""), line.Number);
                }
            }
            else if (rest is "|" or ">" or "|-" or ">-" or "|+" or ">+")
            {
                var builder = new StringBuilder();
                while (index < lines.Count && lines[index].Indent > indent)
                {
                    builder.Append(lines[index].Content).Append(rest[0] == '|' ? '\n' : ' ');
                    index++;
                }

                mapping.Add(key, new YamlScalar(line.Number, builder.ToString().TrimEnd()), line.Number);
            }
            else
            {
                // A flow collection may continue on more-indented lines.
                while ((rest.StartsWith('{') || rest.StartsWith('[')) && !Balanced(rest) && index < lines.Count && lines[index].Indent > indent)
                {
                    rest += " " + lines[index].Content;
                    index++;
                }

                mapping.Add(key, ParseInlineValue(rest, line.Number, depth), line.Number);
            }
        }

        if (index < lines.Count && lines[index].Indent > indent)
        {
            throw new LockFileException(lines[index].Number, "unexpected indentation");
        }

        return mapping;
    }

    private static bool Balanced(string text)
    {
        var depth = 0;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }

        return depth <= 0;
    }

    // The ':' that ends a key is outside quotes and followed by a space or the end of the line.
    private static int FindKeySeparator(string content)
    {
        if (content.Length > 0 && content[0] is '"' or '\'')
        {
            var close = content.IndexOf(content[0], 1);
            while (close > 0 && content[0] == '"' && content[close - 1] == '\\')
            {
                close = content.IndexOf('"', close + 1);
            }

            return close > 0 && close + 1 < content.Length && content[close + 1] == ':' && (close + 2 == content.Length || content[close + 2] == ' ') ? close + 1 : -1;
        }

        if (content.Length > 0 && content[0] is '{' or '[')
        {
            return -1;
        }

        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static string UnquoteKey(string key, int line) =>
        key.Length >= 2 && key[0] is '"' or '\'' ? Unquote(key, line) : key;

    private static YamlNode ParseInlineValue(string text, int line, int depth)
    {
        if (text.StartsWith('&') || text.StartsWith('*') || text.StartsWith('!'))
        {
            throw new LockFileException(line, "YAML anchors, aliases and tags are not supported");
        }

        if (text[0] is '{' or '[')
        {
            var position = 0;
            var node = ParseFlow(text, ref position, line, depth);
            SkipSpaces(text, ref position);
            return position == text.Length ? node : throw new LockFileException(line, $"unexpected text after a flow collection: '{Shorten(text[position..])}'");
        }

        return new YamlScalar(line, text[0] is '"' or '\'' ? Unquote(text, line) : text);
    }

    private static YamlNode ParseFlow(string text, ref int position, int line, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new LockFileException(line, "nested too deeply");
        }

        SkipSpaces(text, ref position);
        if (position >= text.Length)
        {
            throw new LockFileException(line, "unterminated flow collection");
        }

        var open = text[position];
        if (open == '{')
        {
            position++;
            var mapping = new YamlMapping(line);
            while (true)
            {
                SkipSpaces(text, ref position);
                if (position < text.Length && text[position] == '}')
                {
                    position++;
                    return mapping;
                }

                var key = ReadFlowScalar(text, ref position, line, keyMode: true);
                SkipSpaces(text, ref position);
                YamlNode value = new YamlScalar(line, "");
                if (position < text.Length && text[position] == ':')
                {
                    position++;
                    value = ParseFlowItem(text, ref position, line, depth);
                }

                mapping.Add(key, value, line);
                if (!FlowSeparator(text, ref position, '}', line))
                {
                    return mapping;
                }
            }
        }

        if (open == '[')
        {
            position++;
            var sequence = new YamlSequence(line);
            while (true)
            {
                SkipSpaces(text, ref position);
                if (position < text.Length && text[position] == ']')
                {
                    position++;
                    return sequence;
                }

                sequence.Items.Add(ParseFlowItem(text, ref position, line, depth));
                if (!FlowSeparator(text, ref position, ']', line))
                {
                    return sequence;
                }
            }
        }

        return new YamlScalar(line, ReadFlowScalar(text, ref position, line, keyMode: false));
    }

    private static YamlNode ParseFlowItem(string text, ref int position, int line, int depth)
    {
        SkipSpaces(text, ref position);
        return position < text.Length && text[position] is '{' or '['
            ? ParseFlow(text, ref position, line, depth + 1)
            : new YamlScalar(line, ReadFlowScalar(text, ref position, line, keyMode: false));
    }

    // After an item: ',' means more follow; the closing bracket ends the collection.
    private static bool FlowSeparator(string text, ref int position, char close, int line)
    {
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == ',')
        {
            position++;
            return true;
        }

        if (position < text.Length && text[position] == close)
        {
            position++;
            return false;
        }

        throw new LockFileException(line, $"expected ',' or '{close}' in a flow collection");
    }

    private static string ReadFlowScalar(string text, ref int position, int line, bool keyMode)
    {
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] is '"' or '\'')
        {
            var quote = text[position];
            var end = position + 1;
            while (end < text.Length && (text[end] != quote || (quote == '"' && text[end - 1] == '\\')))
            {
                end++;
            }

            if (end >= text.Length)
            {
                throw new LockFileException(line, "unterminated quoted string");
            }

            var value = Unquote(text[position..(end + 1)], line);
            position = end + 1;
            return value;
        }

        var start = position;
        while (position < text.Length && text[position] is not (',' or '}' or ']') && !(keyMode && text[position] == ':' && (position + 1 == text.Length || text[position + 1] == ' ')))
        {
            position++;
        }

        return text[start..position].Trim();
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private static string Unquote(string text, int line)
    {
        var quote = text[0];
        if (text.Length < 2 || text[^1] != quote)
        {
            throw new LockFileException(line, "unterminated quoted string");
        }

        var inner = text[1..^1];
        if (quote == '\'')
        {
            return inner.Replace("''", "'", StringComparison.Ordinal);
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                builder.Append(inner[i]);
                continue;
            }

            var e = inner[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0': builder.Append('\0'); break;
                case 'u' when i + 4 < inner.Length && int.TryParse(inner.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(e); break;
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
