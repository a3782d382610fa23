using System.Buffers;
using System.Text.Json;

namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// A pooled window over a JSON stream for a <see cref="Utf8JsonReader"/> that is driven directly (no token objects):
/// the window is refilled as the reader consumes it, so memory stays proportional to the largest single value, and
/// lines are counted only for the bytes that leave the window or when a position is asked for.
/// </summary>
internal sealed class JsonStreamWindow : IDisposable
{
    // Large reads: fewer refills and reader restarts; still small next to any input worth streaming.
    private const int InitialBufferSize = 1024 * 1024;

    private readonly Stream _stream;
    private readonly SbomReadOptions _options;
    private byte[] _buffer;
    private int _start; // where the current reader's span begins in _buffer
    private int _end;
    private long _bufferOffset; // absolute input offset of _buffer[0]
    private long _totalRead;
    private bool _final;

    // Utf8JsonReader does not expose the line of a token, so newlines are counted up to where a position is needed.
    private LineCounter _lines = new();

    public JsonStreamWindow(Stream stream, string sourceName, SbomReadOptions options)
    {
        _stream = stream;
        _options = options;
        SourceName = sourceName;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, options.MaxValueBytes));
    }

    /// <summary>The input's name, for messages.</summary>
    public string SourceName { get; }

    /// <summary>A reader over the start of the input.</summary>
    public Utf8JsonReader Start()
    {
        Fill();
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = _options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        return new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, state);
    }

    /// <summary>
    /// Called when <paramref name="reader"/> ran out of data: keeps what it has not consumed, reads more and gives it a
    /// reader that continues where it stopped. False when the input has no more data.
    /// </summary>
    public bool Refill(ref Utf8JsonReader reader)
    {
        if (_final)
        {
            return false;
        }

        _start += (int)reader.BytesConsumed;
        var state = reader.CurrentState;
        Fill();
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, state);
        return true;
    }

    /// <summary>The absolute input offset of the reader's current token.</summary>
    public long OffsetOf(ref readonly Utf8JsonReader reader) => _bufferOffset + _start + reader.TokenStartIndex;

    /// <summary>The 1-based line and (byte) column of an offset that is still in the window (at or after the last one asked for).</summary>
    public (long Line, long Column) Locate(long offset)
    {
        _lines.CountTo(_buffer, _bufferOffset, offset);
        return (_lines.Line, offset - _lines.LineStart + 1);
    }

    /// <summary>An error at the reader's current token.</summary>
    public SbomFormatException Error(ref readonly Utf8JsonReader reader, string reason)
    {
        var (line, column) = Locate(OffsetOf(in reader));
        return new SbomFormatException(SourceName, line, column, reason);
    }

    /// <summary>The reader's own error, with its position (the reader tracks lines across refills).</summary>
    public SbomFormatException Malformed(JsonException e)
    {
        // The reader's message ends with its own (0-based) position; keep only the reason.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut].TrimEnd();
        }

        var line = (e.LineNumber ?? (_lines.Line - 1)) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        return new SbomFormatException(SourceName, line, column, $"malformed JSON: {message}", e);
    }

    private void Fill()
    {
        // Count the lines in what is about to leave the window.
        _lines.CountTo(_buffer, _bufferOffset, _bufferOffset + _start);
        var leftover = _end - _start;
        if (leftover == _buffer.Length)
        {
            if (_buffer.Length >= _options.MaxValueBytes)
            {
                var (line, column) = Locate(_bufferOffset + _start);
                throw new SbomFormatException(SourceName, line, column, $"a single JSON value is larger than the limit of {_options.MaxValueBytes} bytes");
            }

            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _options.MaxValueBytes));
            _buffer.AsSpan(_start, leftover).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
            _bufferOffset += _start;
            _start = 0;
            _end = leftover;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, leftover);
            _bufferOffset += _start;
            _start = 0;
            _end = leftover;
        }

        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
                break;
            }

            _end += read;
            _totalRead += read;
            if (_totalRead > _options.MaxInputBytes)
            {
                throw new SbomFormatException(SourceName, _lines.Line, 1, $"the input is larger than the limit of {_options.MaxInputBytes} bytes");
            }
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
