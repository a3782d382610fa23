using System.Text;

namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// One string per distinct short UTF-8 text: values such as component types, scopes, hash algorithms, licence ids,
/// groups and versions repeat across components, so they are decoded into a reused buffer and looked up instead of
/// allocating a new string each time (faster, and less memory kept).
/// </summary>
internal sealed class Utf8StringTable
{
    private const int MaxBytes = 32;
    private const int MaxEntries = 4096;
    private const int RecentSlots = 1024;

    private readonly byte[] _recentBytes = new byte[RecentSlots * MaxBytes];
    private readonly int[] _recentLength = new int[RecentSlots];
    private readonly string?[] _recentText = new string?[RecentSlots];

    private readonly char[] _chars = new char[MaxBytes];
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringTable() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text of <paramref name="utf8"/>, shared with earlier equal texts when it is short.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        if (utf8.IsEmpty)
        {
            return "";
        }

        // Most calls repeat a recent text: compare bytes in a small direct-mapped cache before decoding and hashing.
        var slot = Slot(utf8);
        var recent = _recentBytes.AsSpan(slot * MaxBytes, MaxBytes);
        if (_recentText[slot] is { } text && utf8.SequenceEqual(recent[.._recentLength[slot]]))
        {
            return text;
        }

        text = Find(utf8);
        utf8.CopyTo(recent);
        _recentLength[slot] = utf8.Length;
        _recentText[slot] = text;
        return text;
    }

    /// <summary>FNV-1a over the (at most 32) bytes: texts that differ in one character land in different slots.</summary>
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 16)) & (RecentSlots - 1);
    }

    private string Find(ReadOnlySpan<byte> utf8)
    {
        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_lookup.TryGetValue(chars, out var text))
        {
            return text;
        }

        text = new string(chars);
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }
}
