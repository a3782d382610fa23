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

    // Utf8JsonReader does not expose the line of a token, so newlines are counted as the input is consumed.
    private long _line = 1;
    private long _lineStart;
    private long _scanned;

    public JsonTokenReader(Stream stream, string sourceName, SbomReadOptions options)
        : base(sourceName)
    {
        _stream = stream;
        _options = options;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
    }

    public override bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool found;
            try
            {
                found = reader.Read();
            }
            catch (JsonException e)
            {
                throw Malformed(e);
            }

            if (found)
            {
                var tokenStart = _bufferOffset + _start + reader.TokenStartIndex;
                Locate(tokenStart);
                Capture(ref reader);
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_final)
            {
                Kind = TokenKind.None;
                return false;
            }

            Refill();
        }
    }

    private void Capture(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                Set(TokenKind.StartObject, null);
                break;
            case JsonTokenType.EndObject:
                Set(TokenKind.EndObject, null);
                break;
            case JsonTokenType.StartArray:
                Set(TokenKind.StartArray, null);
                break;
            case JsonTokenType.EndArray:
                Set(TokenKind.EndArray, null);
                break;
            case JsonTokenType.PropertyName:
                Set(TokenKind.PropertyName, reader.GetString());
                break;
            case JsonTokenType.String:
                Set(TokenKind.String, reader.GetString());
                break;
            case JsonTokenType.Number:
                Set(TokenKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
                break;
            case JsonTokenType.True:
                Set(TokenKind.Boolean, "true");
                break;
            case JsonTokenType.False:
                Set(TokenKind.Boolean, "false");
                break;
            default:
                Set(TokenKind.Null, null);
                break;
        }
    }

    private void Set(TokenKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    private void Locate(long absolute)
    {
        CountLines(absolute);
        Line = _line;
        Column = absolute - _lineStart + 1;
    }

    private void CountLines(long upTo)
    {
        if (upTo <= _scanned)
        {
            return;
        }

        var span = _buffer.AsSpan((int)(_scanned - _bufferOffset), (int)(upTo - _scanned));
        var index = span.IndexOf((byte)'\n');
        while (index >= 0)
        {
            _line++;
            _lineStart = _scanned + index + 1;
            var next = span[(index + 1)..].IndexOf((byte)'\n');
            index = next < 0 ? -1 : index + 1 + next;
        }

        _scanned = upTo;
    }

    private void Refill()
    {
        // Count the lines in what is about to be dropped from the buffer.
        CountLines(_bufferOffset + _start);
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
            throw new SbomFormatException(SourceName, _line, 1, $"the input is larger than the limit of {_options.MaxInputBytes} bytes");
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

        var line = (e.LineNumber ?? (_line - 1)) + 1;
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
