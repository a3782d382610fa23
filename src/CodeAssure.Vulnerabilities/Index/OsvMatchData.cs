using System.Text;
using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// The compact binary form of a <see cref="MatchableAdvisory"/> in the index's match-data section (strings are a
/// 7-bit-encoded byte length and UTF-8; counts are 7-bit encoded):
/// <code>
/// u8 flags (bit 0 withdrawn, bit 1 summary, bit 2 details' first line), u8 database severity,
/// aliases (count, strings), [summary], [first line], severity (count, type + score),
/// affected (count; each: ecosystem, name, ranges (count; each: u8 type, events (count; each: u8 kind, version)),
/// versions (count, strings))
/// </code>
/// The id is not repeated: it is the record's id entry.
/// </summary>
internal static class OsvMatchData
{
    private const byte WithdrawnFlag = 1;
    private const byte SummaryFlag = 2;
    private const byte FirstLineFlag = 4;

    public static byte[] Encode(MatchableAdvisory advisory)
    {
        var output = new Writer();
        output.Byte((byte)((advisory.IsWithdrawn ? WithdrawnFlag : 0) | (advisory.Summary is null ? 0 : SummaryFlag) | (advisory.DetailsFirstLine is null ? 0 : FirstLineFlag)));
        output.Byte((byte)advisory.DatabaseSeverity);
        output.Strings(advisory.Aliases);
        if (advisory.Summary is { } summary)
        {
            output.String(summary);
        }

        if (advisory.DetailsFirstLine is { } firstLine)
        {
            output.String(firstLine);
        }

        output.Count(advisory.Severity.Count);
        foreach (var severity in advisory.Severity)
        {
            output.String(severity.Type);
            output.String(severity.Score);
        }

        output.Count(advisory.Affected.Count);
        foreach (var affected in advisory.Affected)
        {
            output.String(affected.Package!.Ecosystem);
            output.String(affected.Package.Name);
            output.Count(affected.Ranges.Count);
            foreach (var range in affected.Ranges)
            {
                output.Byte((byte)range.Type);
                output.Count(range.Events.Count);
                foreach (var e in range.Events)
                {
                    output.Byte((byte)e.Kind);
                    output.String(e.Version);
                }
            }

            output.Strings(affected.Versions);
        }

        return output.ToArray();
    }

    /// <exception cref="OsvIndexCorruptException">The bytes are not a valid encoding.</exception>
    public static MatchableAdvisory Decode(ReadOnlySpan<byte> bytes, string id, string path)
    {
        var input = new Reader(bytes, id, path);
        var flags = input.Byte();
        var databaseSeverity = input.Byte();
        if (flags > 7 || databaseSeverity > (byte)Severity.Critical)
        {
            throw input.Damaged();
        }

        var aliases = input.Strings();
        var summary = (flags & SummaryFlag) != 0 ? input.String() : null;
        var firstLine = (flags & FirstLineFlag) != 0 ? input.String() : null;
        var severity = new OsvSeverity[input.Count()];
        for (var i = 0; i < severity.Length; i++)
        {
            severity[i] = new OsvSeverity(input.String(), input.String());
        }

        var affected = new OsvAffected[input.Count()];
        for (var i = 0; i < affected.Length; i++)
        {
            var package = new OsvPackage(input.String(), input.String(), null);
            var ranges = new OsvRange[input.Count()];
            for (var r = 0; r < ranges.Length; r++)
            {
                var type = input.Byte();
                var events = new OsvEvent[input.Count()];
                for (var e = 0; e < events.Length; e++)
                {
                    var kind = input.Byte();
                    events[e] = kind <= (byte)OsvEventKind.Limit ? new OsvEvent((OsvEventKind)kind, input.String()) : throw input.Damaged();
                }

                ranges[r] = type <= (byte)OsvRangeType.Git ? new OsvRange { Type = (OsvRangeType)type, Events = events } : throw input.Damaged();
            }

            affected[i] = new OsvAffected { Package = package, Ranges = ranges, Versions = input.Strings() };
        }

        if (!input.AtEnd)
        {
            throw input.Damaged();
        }

        return new MatchableAdvisory(id, aliases, (flags & WithdrawnFlag) != 0, affected, severity, (Severity)databaseSeverity, summary, firstLine);
    }

    private sealed class Writer
    {
        private byte[] _buffer = new byte[512];
        private int _length;

        public void Byte(byte value)
        {
            Reserve(1);
            _buffer[_length++] = value;
        }

        public void Count(int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                Byte((byte)(v | 0x80));
                v >>= 7;
            }

            Byte((byte)v);
        }

        public void String(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Count(length);
            Reserve(length);
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        }

        public void Strings(IReadOnlyList<string> values)
        {
            Count(values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        private void Reserve(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }

    /// <summary>Reads with bounds checks: damaged bytes give <see cref="OsvIndexCorruptException"/>, never a crash.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes, string id, string path)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public byte Byte() => _position < _bytes.Length ? _bytes[_position++] : throw Damaged();

        public int Count()
        {
            uint value = 0;
            for (var shift = 0; shift < 32; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    // No count can exceed the bytes left: each counted item takes at least one byte.
                    return value <= (uint)(_bytes.Length - _position) ? (int)value : throw Damaged();
                }
            }

            throw Damaged();
        }

        public string String()
        {
            var length = Count();
            var value = Encoding.UTF8.GetString(_bytes.Slice(_position, length));
            _position += length;
            return value;
        }

        public string[] Strings()
        {
            var values = new string[Count()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String();
            }

            return values;
        }

        public readonly OsvIndexCorruptException Damaged() =>
            new($"{path} is damaged: the match data of record {id} cannot be read (run 'codeassure osv import --fresh' to rebuild it)");
    }
}
