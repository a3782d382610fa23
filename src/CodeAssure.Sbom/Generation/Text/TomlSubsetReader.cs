using System.Globalization;
using System.Text;

namespace CodeAssure.Sbom.Generation.Text;

/// <summary>
/// Reads the TOML that lock files and project manifests use (Cargo.lock, poetry.lock, uv.lock, Pipfile,
/// pyproject.toml): tables, arrays of tables, dotted and quoted keys, basic/literal/multi-line strings, integers,
/// floats, booleans, multi-line arrays and inline tables. Dates and times are kept as their text.
/// Anything malformed is rejected with its line.
/// </summary>
internal sealed class TomlSubsetReader
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;
    private int _line = 1;

    private TomlSubsetReader(string text) => _text = text;

    public static TomlTable Read(string text) => new TomlSubsetReader(text).ReadDocument();

    private TomlTable ReadDocument()
    {
        var root = new TomlTable(1);
        var current = root;
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (_position >= _text.Length)
            {
                return root;
            }

            if (_text[_position] == '[')
            {
                var arrayOfTables = Peek(1) == '[';
                _position += arrayOfTables ? 2 : 1;
                var headerLine = _line;
                var keys = ReadKey();
                Expect(']');
                if (arrayOfTables)
                {
                    Expect(']');
                }

                EndOfLine();
                current = arrayOfTables ? AppendTable(root, keys, headerLine) : DefineTable(root, keys, headerLine);
                continue;
            }

            var keyLine = _line;
            var path = ReadKey();
            SkipSpaces();
            Expect('=');
            var value = ReadValue(0);
            EndOfLine();
            var target = current;
            for (var i = 0; i < path.Count - 1; i++)
            {
                target = Descend(target, path[i], keyLine);
            }

            target.Set(path[^1], value, keyLine);
        }
    }

    private static TomlTable Descend(TomlTable table, string key, int line)
    {
        if (!table.TryGet(key, out var existing))
        {
            var created = new TomlTable(line) { Implicit = true };
            table.Set(key, created, line);
            return created;
        }

        return existing switch
        {
            TomlTable t => t,
            List<object> { Count: > 0 } list when list[^1] is TomlTable last => last,
            _ => throw new LockFileException(line, $"key '{key}' is a value, not a table"),
        };
    }

    private static TomlTable DefineTable(TomlTable root, List<string> keys, int line)
    {
        var table = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            table = Descend(table, keys[i], line);
        }

        if (table.TryGet(keys[^1], out var existing))
        {
            if (existing is TomlTable { Implicit: true } implicitTable)
            {
                implicitTable.Implicit = false;
                return implicitTable;
            }

            throw new LockFileException(line, $"table [{string.Join('.', keys)}] is defined twice");
        }

        var created = new TomlTable(line);
        table.Set(keys[^1], created, line);
        return created;
    }

    private static TomlTable AppendTable(TomlTable root, List<string> keys, int line)
    {
        var table = root;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            table = Descend(table, keys[i], line);
        }

        var created = new TomlTable(line);
        if (!table.TryGet(keys[^1], out var existing))
        {
            table.Set(keys[^1], new List<object> { created }, line);
        }
        else if (existing is List<object> list && (list.Count == 0 || list[0] is TomlTable))
        {
            list.Add(created);
        }
        else
        {
            throw new LockFileException(line, $"[[{string.Join('.', keys)}]] clashes with a value of the same name");
        }

        return created;
    }

    private List<string> ReadKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipSpaces();
            var c = Peek(0);
            if (c is '"' or '\'')
            {
                parts.Add(ReadString());
            }
            else
            {
                var start = _position;
                while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '-' or '_'))
                {
                    _position++;
                }

                if (start == _position)
                {
                    throw Error("expected a key");
                }

                parts.Add(_text[start.._position]);
            }

            SkipSpaces();
            if (Peek(0) != '.')
            {
                return parts;
            }

            _position++;
        }
    }

    private object ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        SkipSpaces();
        var c = Peek(0);
        switch (c)
        {
            case '"' or '\'':
                return ReadString();
            case '[':
                return ReadArray(depth);
            case '{':
                return ReadInlineTable(depth);
            case '\0':
                throw Error("expected a value");
        }

        var start = _position;
        while (_position < _text.Length && _text[_position] is not (',' or ']' or '}' or '\n' or '\r' or '#'))
        {
            _position++;
        }

        var raw = _text[start.._position].Trim();
        if (raw is "true")
        {
            return true;
        }

        if (raw is "false")
        {
            return false;
        }

        var number = raw.Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        // Dates and times: kept as text; lock files only carry them as metadata.
        if (raw.Length >= 8 && char.IsAsciiDigit(raw[0]) && raw.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or ':' or '.' or '+' or ' '))
        {
            return raw;
        }

        throw Error(raw.Length == 0 ? "expected a value" : $"'{raw}' is not a TOML value");
    }

    private List<object> ReadArray(int depth)
    {
        _position++;
        var list = new List<object>();
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (Peek(0) == ']')
            {
                _position++;
                return list;
            }

            list.Add(ReadValue(depth + 1));
            SkipWhitespaceCommentsAndNewlines();
            if (Peek(0) == ',')
            {
                _position++;
            }
            else if (Peek(0) != ']')
            {
                throw Error("expected ',' or ']' in an array");
            }
        }
    }

    private TomlTable ReadInlineTable(int depth)
    {
        var table = new TomlTable(_line);
        _position++;
        SkipSpaces();
        if (Peek(0) == '}')
        {
            _position++;
            return table;
        }

        while (true)
        {
            var keyLine = _line;
            var path = ReadKey();
            SkipSpaces();
            Expect('=');
            var value = ReadValue(depth + 1);
            var target = table;
            for (var i = 0; i < path.Count - 1; i++)
            {
                target = Descend(target, path[i], keyLine);
            }

            target.Set(path[^1], value, keyLine);
            SkipSpaces();
            if (Peek(0) == ',')
            {
                _position++;
                SkipSpaces();
                continue;
            }

            Expect('}');
            return table;
        }
    }

    private string ReadString()
    {
        var quote = _text[_position];
        var multiLine = Peek(1) == quote && Peek(2) == quote;
        _position += multiLine ? 3 : 1;
        if (multiLine && Peek(0) == '\n')
        {
            _position++;
            _line++;
        }
        else if (multiLine && Peek(0) == '\r' && Peek(1) == '\n')
        {
            _position += 2;
            _line++;
        }

        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position];
            if (c == quote && (!multiLine || (Peek(1) == quote && Peek(2) == quote)))
            {
                _position += multiLine ? 3 : 1;
                // A multi-line string may end with up to two extra quotes.
                while (multiLine && Peek(0) == quote && builder.Length < int.MaxValue)
                {
                    builder.Append(quote);
                    _position++;
                }

                return builder.ToString();
            }

            if (c == '\n')
            {
                if (!multiLine)
                {
                    throw Error("unterminated string");
                }

                _line++;
            }

            if (c == '\\' && quote == '"')
            {
                _position++;
                var e = Peek(0);
                switch (e)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case 'u' or 'U':
                        var length = e == 'u' ? 4 : 8;
                        if (_position + length >= _text.Length || !int.TryParse(_text.AsSpan(_position + 1, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                        {
                            throw Error("bad unicode escape");
                        }

                        builder.Append(char.ConvertFromUtf32(code));
                        _position += length;
                        break;
                    case '\n' or '\r' or ' ' or '\t' when multiLine:
                        // Line-ending backslash: trim the newline and following whitespace.
                        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
                        {
                            if (_text[_position] == '\n')
                            {
                                _line++;
                            }

                            _position++;
                        }

                        continue;
                    default:
                        throw Error($"bad escape '\\{e}'");
                }

                _position++;
                continue;
            }

            builder.Append(c);
            _position++;
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t')
        {
            _position++;
        }
    }

    private void SkipWhitespaceCommentsAndNewlines()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else if (c == '\n')
            {
                _line++;
                _position++;
            }
            else if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void EndOfLine()
    {
        SkipSpaces();
        if (Peek(0) == '#')
        {
            while (_position < _text.Length && _text[_position] != '\n')
            {
                _position++;
            }
        }

        if (Peek(0) == '\r')
        {
            _position++;
        }

        if (_position < _text.Length && _text[_position] != '\n')
        {
            throw Error("expected the end of the line");
        }
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek(0) != c)
        {
            throw Error($"expected '{c}'");
        }

        _position++;
    }

    private char Peek(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private LockFileException Error(string message) => new(_line, message);
}
