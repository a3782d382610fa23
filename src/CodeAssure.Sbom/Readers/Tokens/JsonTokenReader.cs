using System.Text;
using System.Text.Json;

namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// Streams JSON tokens from a <see cref="Stream"/> through <see cref="Utf8JsonReader"/> over a small buffer that is
/// refilled as it is consumed, so memory stays proportional to the largest single value, not to the file.
/// </summary>
internal sealed class JsonTokenReader : TokenReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly SbomReadOptions _options;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _bufferOffset; // absolute input offset of _buffer[0]
    private long _totalRead;
    private bool _final;
    private JsonReaderState _state;

    // Tokens are read in batches with one Utf8JsonReader per batch (constructing one per token dominated the cost),
    // then handed out one at a time. A syntax error found mid-batch is raised once the tokens before it are used.
    private const int BatchSize = 2048;
    private readonly TokenKind[] _kinds = new TokenKind[BatchSize];
    private readonly string?[] _values = new string?[BatchSize];

    // Plain (unescaped) string values are decoded only when asked for: a value that is skipped costs no string.
    private readonly int[] _lazyStart = new int[BatchSize];
    private readonly int[] _lazyLength = new int[BatchSize];
    private int _current = -1;

    // Lines are counted only when someone asks where the current token is (errors, component positions).
    private bool _located = true;
    private readonly long[] _offsets = new long[BatchSize];
    private int _count;
    private int _next;
    private JsonException? _pendingError;

    // Property names repeat on every object, and so do short values (types, scopes, algorithms, licence ids,
    // versions): one string per distinct text instead of one per occurrence, for speed and for memory.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // Utf8JsonReader does not expose the line of a token, so newlines are counted as the input is consumed.
    private LineCounter _lines = new();

    public JsonTokenReader(Stream stream, string sourceName, SbomReadOptions options)
        : base(sourceName)
    {
        _stream = stream;
        _options = options;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
    }

    public override bool Read()
    {
        while (_next >= _count)
        {
            if (_pendingError is not null)
            {
                throw Malformed(_pendingError);
            }

            _current = -1;
            if (!FillBatch())
            {
                Kind = TokenKind.None;
                Value = null;
                return false;
            }
        }

        Kind = _kinds[_next];
        Value = null;
        _current = _next;
        _located = false;
        _next++;
        return true;
    }

    private bool FillBatch()
    {
        _count = 0;
        _next = 0;
        while (true)
        {
            var batchStart = _bufferOffset + _start;
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            try
            {
                var bufferStart = _start;
                while (_count < BatchSize && reader.Read())
                {
                    _offsets[_count] = batchStart + reader.TokenStartIndex;
                    _lazyLength[_count] = -1;
                    if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length > 16)
                    {
                        // The value's bytes stay in the buffer until the next batch: keep where they are.
                        _kinds[_count] = TokenKind.String;
                        _values[_count] = null;
                        _lazyStart[_count] = bufferStart + (int)reader.TokenStartIndex + 1;
                        _lazyLength[_count] = reader.ValueSpan.Length;
                    }
                    else
                    {
                        Capture(ref reader, _count);
                    }

                    _count++;
                }
            }
            catch (JsonException e)
            {
                _pendingError = e;
                _start += (int)reader.BytesConsumed;
                if (_count > 0)
                {
                    return true;
                }

                _pendingError = null;
                throw Malformed(e);
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_count > 0)
            {
                return true;
            }

            if (_final)
            {
                return false;
            }

            Refill();
        }
    }

    protected override void UpdatePosition()
    {
        if (!_located && _current >= 0)
        {
            _located = true;
            Locate(_offsets[_current]);
        }
    }

    protected override string? CurrentValue()
    {
        if (_current < 0)
        {
            return base.CurrentValue();
        }

        var length = _lazyLength[_current];
        return length < 0 ? _values[_current] : Encoding.UTF8.GetString(_buffer, _lazyStart[_current], length);
    }

    private void Capture(ref Utf8JsonReader reader, int slot)
    {
        (_kinds[slot], _values[slot]) = reader.TokenType switch
        {
            JsonTokenType.StartObject => (TokenKind.StartObject, null),
            JsonTokenType.EndObject => (TokenKind.EndObject, null),
            JsonTokenType.StartArray => (TokenKind.StartArray, null),
            JsonTokenType.EndArray => (TokenKind.EndArray, null),
            JsonTokenType.PropertyName => (TokenKind.PropertyName, Interned(ref reader)),
            JsonTokenType.String => (TokenKind.String, reader.ValueSpan.Length <= 16 ? Interned(ref reader) : reader.GetString()),
            JsonTokenType.Number => (TokenKind.Number, Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => (TokenKind.Boolean, "true"),
            JsonTokenType.False => (TokenKind.Boolean, "false"),
            _ => (TokenKind.Null, null),
        };
    }

    private string Interned(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 64)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[64];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var name))
        {
            return name;
        }

        name = new string(chars[..length]);
        if (_names.Count < 4096)
        {
            _names[name] = name;
        }

        return name;
    }

    private void Set(TokenKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    private void Locate(long absolute)
    {
        _lines.CountTo(_buffer, _bufferOffset, absolute);
        Line = _lines.Line;
        Column = absolute - _lines.LineStart + 1;
    }

    private void Refill()
    {
        // Count the lines in what is about to be dropped from the buffer.
        _lines.CountTo(_buffer, _bufferOffset, _bufferOffset + _start);
        var leftover = _end - _start;
        if (leftover == _buffer.Length)
        {
            if (_buffer.Length >= _options.MaxValueBytes)
            {
                Locate(_bufferOffset + _start);
                throw Error($"a single JSON value is larger than the limit of {_options.MaxValueBytes} bytes");
            }

            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _options.MaxValueBytes));
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, leftover);
            _bufferOffset += _start;
            _start = 0;
            _end = leftover;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
            return;
        }

        _end += read;
        _totalRead += read;
        if (_totalRead > _options.MaxInputBytes)
        {
            throw new SbomFormatException(SourceName, _lines.Line, 1, $"the input is larger than the limit of {_options.MaxInputBytes} bytes");
        }
    }

    private SbomFormatException Malformed(JsonException e)
    {
        // The reader's message ends with its own (0-based) position; keep only the reason.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut].TrimEnd();
        }

        // The reader state carries the (0-based) line and byte position from the start of the input.
        var line = (e.LineNumber ?? (_lines.Line - 1)) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        return new SbomFormatException(SourceName, line, column, $"malformed JSON: {message}", e);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
