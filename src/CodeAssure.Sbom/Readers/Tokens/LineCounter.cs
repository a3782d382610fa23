namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// Line and column origin of a position in a byte stream read through a sliding buffer: counts newlines once, lazily,
/// only up to where a position is asked for (a mutable struct held in a field of its reader).
/// </summary>
internal struct LineCounter
{
    private long _scanned;

    public LineCounter()
    {
    }

    /// <summary>The 1-based line of the last position counted up to.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>The absolute offset at which that line starts.</summary>
    public long LineStart { get; private set; }

    /// <summary>Counts the newlines between the last position and <paramref name="upTo"/> (absolute), which must still be in <paramref name="buffer"/>.</summary>
    public void CountTo(byte[] buffer, long bufferOffset, long upTo)
    {
        if (upTo <= _scanned)
        {
            return;
        }

        // Vectorised: count the newlines, and find only the last one for the column origin.
        var span = buffer.AsSpan((int)(_scanned - bufferOffset), (int)(upTo - _scanned));
        var count = span.Count((byte)'\n');
        if (count > 0)
        {
            Line += count;
            LineStart = _scanned + span.LastIndexOf((byte)'\n') + 1;
        }

        _scanned = upTo;
    }
}
