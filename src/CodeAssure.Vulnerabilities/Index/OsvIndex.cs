using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;
using Microsoft.Win32.SafeHandles;

namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// A read-only view of an OSV index file (see <see cref="OsvIndexFormat"/>): the directories are read into memory
/// when it opens, record blobs are read from the file on demand. Safe to use from several threads.
/// </summary>
public sealed class OsvIndex : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly byte[] _strings;
    private readonly byte[] _ids;
    private readonly byte[] _packages;
    private readonly byte[] _postings;
    private readonly long _recordsOffset;
    private readonly long _recordsLength;
    private readonly long _matchDataOffset;
    private readonly long _matchDataLength;

    private OsvIndex(string path, SafeFileHandle file, long fileSize, OsvIndexMetadata metadata, byte[] strings, byte[] ids, byte[] packages, byte[] postings, (long Offset, long Length) records, (long Offset, long Length) matchData)
    {
        Path = path;
        _file = file;
        FileSize = fileSize;
        Metadata = metadata;
        _strings = strings;
        _ids = ids;
        _packages = packages;
        _postings = postings;
        (_recordsOffset, _recordsLength) = records;
        (_matchDataOffset, _matchDataLength) = matchData;
    }

    /// <summary>The index file.</summary>
    public string Path { get; }

    /// <summary>The index file's size in bytes.</summary>
    public long FileSize { get; }

    /// <summary>When it was written, its sources, and counts per ecosystem.</summary>
    public OsvIndexMetadata Metadata { get; }

    /// <summary>How many records it holds.</summary>
    public int RecordCount => _ids.Length / OsvIndexFormat.IdEntrySize;

    /// <summary>How many (base ecosystem, normalised name, ecosystem) package keys it holds.</summary>
    public int PackageKeyCount => _packages.Length / OsvIndexFormat.PackageEntrySize;

    /// <summary>How many records are withdrawn.</summary>
    public int WithdrawnCount
    {
        get
        {
            var count = 0;
            for (var i = 0; i < RecordCount; i++)
            {
                count += (int)(IdFlags(i) & OsvIndexFormat.WithdrawnFlag);
            }

            return count;
        }
    }

    /// <summary>Every record id, in UTF-8 byte order.</summary>
    public IEnumerable<string> Ids
    {
        get
        {
            for (var i = 0; i < RecordCount; i++)
            {
                yield return IdAt(i);
            }
        }
    }

    /// <summary>Every package key, in index order (grouped by base ecosystem, then name).</summary>
    public IEnumerable<OsvPackageKey> PackageKeys
    {
        get
        {
            for (var i = 0; i < PackageKeyCount; i++)
            {
                var entry = _packages.AsSpan(i * OsvIndexFormat.PackageEntrySize);
                yield return OsvPackageKey.For(StringAt(entry[16..]), StringAt(entry[8..]));
            }
        }
    }

    /// <summary>Opens an index, checking its header, size and (unless <paramref name="verifyChecksum"/> is false) its SHA-256.</summary>
    /// <exception cref="FileNotFoundException">There is no index at <paramref name="path"/>.</exception>
    /// <exception cref="OsvIndexCorruptException">The file is not a valid index.</exception>
    public static OsvIndex Open(string path, bool verifyChecksum = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            return Read(path, file, verifyChecksum);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static OsvIndex Read(string path, SafeFileHandle file, bool verifyChecksum)
    {
        var actualSize = RandomAccess.GetLength(file);
        if (actualSize < OsvIndexFormat.HeaderSize + OsvIndexFormat.TrailerSize)
        {
            throw new OsvIndexCorruptException($"{path} is not a CodeAssure OSV index or is truncated ({actualSize} bytes)");
        }

        var header = new byte[OsvIndexFormat.HeaderSize];
        ReadExactly(file, header, 0, path);
        if (!header.AsSpan(0, 8).SequenceEqual(OsvIndexFormat.Magic))
        {
            throw new OsvIndexCorruptException($"{path} is not a CodeAssure OSV index");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8));
        if (version != OsvIndexFormat.Version)
        {
            throw new OsvIndexCorruptException($"{path} has index format version {version}; this CodeAssure reads version {OsvIndexFormat.Version}: re-import your sources with 'codeassure osv import --fresh <path|url> ...'");
        }

        var declaredSize = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        if (declaredSize != actualSize)
        {
            throw new OsvIndexCorruptException($"{path} is truncated or damaged: the header says {declaredSize} bytes, the file has {actualSize}");
        }

        var offsets = new long[OsvIndexFormat.SectionCount];
        var lengths = new long[OsvIndexFormat.SectionCount];
        var expected = (long)OsvIndexFormat.HeaderSize;
        for (var s = 0; s < OsvIndexFormat.SectionCount; s++)
        {
            offsets[s] = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(OsvIndexFormat.SectionTableOffset + (s * 16)));
            lengths[s] = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(OsvIndexFormat.SectionTableOffset + (s * 16) + 8));
            if (offsets[s] != expected || lengths[s] < 0 || offsets[s] + lengths[s] > actualSize - OsvIndexFormat.TrailerSize)
            {
                throw new OsvIndexCorruptException($"{path} is damaged: section {s} lies outside the file");
            }

            expected += lengths[s];
        }

        if (expected != actualSize - OsvIndexFormat.TrailerSize)
        {
            throw new OsvIndexCorruptException($"{path} is damaged: its sections do not add up to the file size");
        }

        if (verifyChecksum)
        {
            VerifyChecksum(path, file, actualSize);
        }

        var records = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(24));
        var keys = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(28));
        var postings = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(32));
        if ((long)records * OsvIndexFormat.IdEntrySize != lengths[OsvIndexFormat.IdsSection]
            || (long)keys * OsvIndexFormat.PackageEntrySize != lengths[OsvIndexFormat.PackagesSection]
            || (long)postings * OsvIndexFormat.PostingSize != lengths[OsvIndexFormat.PostingsSection])
        {
            throw new OsvIndexCorruptException($"{path} is damaged: its counts do not match its sections");
        }

        byte[] Section(int s)
        {
            if (lengths[s] > int.MaxValue)
            {
                throw new OsvIndexCorruptException($"{path}: section {s} is too large to read");
            }

            var bytes = new byte[lengths[s]];
            ReadExactly(file, bytes, offsets[s], path);
            return bytes;
        }

        OsvIndexMetadata metadata;
        try
        {
            metadata = JsonSerializer.Deserialize<OsvIndexMetadata>(Section(OsvIndexFormat.MetadataSection), OsvIndexWriter.MetadataJson)
                ?? throw new OsvIndexCorruptException($"{path} is damaged: empty metadata");
        }
        catch (JsonException e)
        {
            throw new OsvIndexCorruptException($"{path} is damaged: unreadable metadata ({e.Message})", e);
        }

        return new OsvIndex(path, file, actualSize, metadata, Section(OsvIndexFormat.StringsSection), Section(OsvIndexFormat.IdsSection),
            Section(OsvIndexFormat.PackagesSection), Section(OsvIndexFormat.PostingsSection),
            (offsets[OsvIndexFormat.RecordsSection], lengths[OsvIndexFormat.RecordsSection]),
            (offsets[OsvIndexFormat.MatchDataSection], lengths[OsvIndexFormat.MatchDataSection]));
    }

    private static void VerifyChecksum(string path, SafeFileHandle file, long size)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        long position = 0;
        var end = size - OsvIndexFormat.TrailerSize;
        while (position < end)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - position)), position);
            if (read <= 0)
            {
                throw new OsvIndexCorruptException($"{path} is truncated");
            }

            hash.AppendData(buffer, 0, read);
            position += read;
        }

        var stored = new byte[OsvIndexFormat.TrailerSize];
        ReadExactly(file, stored, end, path);
        if (!CryptographicOperations.FixedTimeEquals(stored, hash.GetHashAndReset()))
        {
            throw new OsvIndexCorruptException($"{path} is damaged: its SHA-256 checksum does not match (run 'codeassure osv import' again)");
        }
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset, string path)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read <= 0)
            {
                throw new OsvIndexCorruptException($"{path} is truncated");
            }

            buffer = buffer[read..];
            offset += read;
        }
    }

    /// <summary>The record with this id, or null.</summary>
    public OsvRecord? FindById(string id)
    {
        var i = IndexOfId(id);
        return i < 0 ? null : RecordAt(i);
    }

    /// <summary>The record with this id as stored (compact OSV JSON), or null.</summary>
    public byte[]? FindJsonById(string id)
    {
        var i = IndexOfId(id);
        return i < 0 ? null : JsonAt(i);
    }

    /// <summary>
    /// The records that affect a package. An ecosystem without a suffix (<c>Debian</c>) finds records for every
    /// release (<c>Debian:11</c>, <c>Debian:12</c> …); with a suffix, only that release. The name is normalised as
    /// <see cref="OsvPackageKey.NormaliseName"/> says. Ordered by id.
    /// </summary>
    public IReadOnlyList<OsvRecord> FindByPackage(string ecosystem, string name) =>
        RecordNumbersFor(ecosystem, name).Select(RecordAt).ToList();

    /// <summary>
    /// What matching needs of the records that affect a package (same lookup and order as <see cref="FindByPackage"/>),
    /// read from the index's compact match data: no record JSON is inflated or parsed.
    /// </summary>
    public IReadOnlyList<MatchableAdvisory> FindMatchableByPackage(string ecosystem, string name)
    {
        var numbers = RecordNumbersFor(ecosystem, name);
        var result = new MatchableAdvisory[numbers.Count];
        for (var n = 0; n < numbers.Count; n++)
        {
            result[n] = MatchableAt(numbers[n]);
        }

        return result;
    }

    /// <summary>How many records affect a package (same matching as <see cref="FindByPackage"/>), without reading them.</summary>
    public int CountByPackage(string ecosystem, string name) => RecordNumbersFor(ecosystem, name).Count;

    private List<int> RecordNumbersFor(string ecosystem, string name)
    {
        var query = OsvPackageKey.For(ecosystem, name);
        var exactEcosystem = query.Ecosystem.Length != query.BaseEcosystem.Length;
        var baseBytes = Encoding.UTF8.GetBytes(query.BaseEcosystem);
        var nameBytes = Encoding.UTF8.GetBytes(query.Name);
        var ecosystemBytes = Encoding.UTF8.GetBytes(query.Ecosystem);

        // Lower bound of (base, name): the first key not below (base, name, "").
        int low = 0, high = PackageKeyCount;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            var entry = _packages.AsSpan(mid * OsvIndexFormat.PackageEntrySize);
            if (OsvIndexWriter.CompareKeys(StringBytes(entry), StringBytes(entry[8..]), StringBytes(entry[16..]), baseBytes, nameBytes, []) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var result = new SortedSet<int>();
        for (var k = low; k < PackageKeyCount; k++)
        {
            var entry = _packages.AsSpan(k * OsvIndexFormat.PackageEntrySize);
            if (!StringBytes(entry).SequenceEqual(baseBytes) || !StringBytes(entry[8..]).SequenceEqual(nameBytes))
            {
                break;
            }

            if (exactEcosystem && !StringBytes(entry[16..]).SequenceEqual(ecosystemBytes))
            {
                continue;
            }

            var first = BinaryPrimitives.ReadInt32LittleEndian(entry[24..]);
            var count = BinaryPrimitives.ReadInt32LittleEndian(entry[28..]);
            for (var p = first; p < first + count; p++)
            {
                result.Add(CheckedRecordNumber(BinaryPrimitives.ReadInt32LittleEndian(_postings.AsSpan(p * OsvIndexFormat.PostingSize))));
            }
        }

        return [.. result];
    }

    /// <summary>Every entry with its raw blob and package keys, for an import that merges into this index.</summary>
    internal IEnumerable<OsvIndexEntry> ReadEntries()
    {
        var keysByRecord = new List<OsvPackageKey>?[RecordCount];
        var keys = PackageKeys.ToArray();
        for (var k = 0; k < keys.Length; k++)
        {
            var entry = _packages.AsSpan(k * OsvIndexFormat.PackageEntrySize);
            var first = BinaryPrimitives.ReadInt32LittleEndian(entry[24..]);
            var count = BinaryPrimitives.ReadInt32LittleEndian(entry[28..]);
            for (var p = first; p < first + count; p++)
            {
                var record = CheckedRecordNumber(BinaryPrimitives.ReadInt32LittleEndian(_postings.AsSpan(p * OsvIndexFormat.PostingSize)));
                (keysByRecord[record] ??= []).Add(keys[k]);
            }
        }

        // One read of the whole records section instead of one per record: a merge touches every blob anyway.
        if (_recordsLength > Array.MaxLength)
        {
            throw new OsvIndexCorruptException($"{Path}: the records section is too large to merge in memory");
        }

        if (_matchDataLength > Array.MaxLength)
        {
            throw new OsvIndexCorruptException($"{Path}: the match-data section is too large to merge in memory");
        }

        var blobs = new byte[_recordsLength];
        ReadExactly(_file, blobs, _recordsOffset, Path);
        var matchData = new byte[_matchDataLength];
        ReadExactly(_file, matchData, _matchDataOffset, Path);
        for (var i = 0; i < RecordCount; i++)
        {
            var flags = IdFlags(i);
            var (offset, length) = BlobRange(i);
            var (matchOffset, matchLength) = MatchDataRange(i);
            yield return new OsvIndexEntry(IdAt(i), ModifiedAt(i), (flags & OsvIndexFormat.WithdrawnFlag) != 0, (byte)(flags >> 8), blobs.AsSpan((int)offset, length).ToArray(),
                matchData.AsSpan((int)matchOffset, matchLength).ToArray(), (IReadOnlyList<OsvPackageKey>?)keysByRecord[i] ?? []);
        }
    }

    private int IndexOfId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var target = Encoding.UTF8.GetBytes(id);
        int low = 0, high = RecordCount - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var c = StringBytes(_ids.AsSpan(mid * OsvIndexFormat.IdEntrySize)).SequenceCompareTo(target);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }

    private OsvRecord RecordAt(int i)
    {
        try
        {
            return OsvRecordParser.ParseJson(JsonAt(i));
        }
        catch (OsvFormatException e)
        {
            throw new OsvIndexCorruptException($"{Path} is damaged: record {IdAt(i)} cannot be read ({e.Message})", e);
        }
    }

    private byte[] JsonAt(int i)
    {
        var flags = IdFlags(i);
        try
        {
            return OsvIndexEntry.Decode((byte)(flags >> 8), BlobAt(i), IdAt(i));
        }
        catch (InvalidDataException e)
        {
            throw new OsvIndexCorruptException($"{Path} is damaged: record {IdAt(i)} cannot be decompressed", e);
        }
    }

    private MatchableAdvisory MatchableAt(int i)
    {
        var (offset, length) = MatchDataRange(i);
        var bytes = length <= 1024 ? stackalloc byte[length] : new byte[length];
        ReadExactly(_file, bytes, _matchDataOffset + offset, Path);
        return OsvMatchData.Decode(bytes, IdAt(i), Path);
    }

    private (long Offset, int Length) MatchDataRange(int i)
    {
        var entry = _ids.AsSpan(i * OsvIndexFormat.IdEntrySize);
        var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[32..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(entry[40..]);
        return offset < 0 || length < 0 || offset + length > _matchDataLength
            ? throw new OsvIndexCorruptException($"{Path} is damaged: the match data of record {i} lies outside its section")
            : (offset, length);
    }

    private byte[] BlobAt(int i)
    {
        var (offset, length) = BlobRange(i);
        var blob = new byte[length];
        ReadExactly(_file, blob, _recordsOffset + offset, Path);
        return blob;
    }

    private (long Offset, int Length) BlobRange(int i)
    {
        var entry = _ids.AsSpan(i * OsvIndexFormat.IdEntrySize);
        var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
        var length = BinaryPrimitives.ReadInt32LittleEndian(entry[16..]);
        return offset < 0 || length < 0 || offset + length > _recordsLength
            ? throw new OsvIndexCorruptException($"{Path} is damaged: record {i} lies outside the records section")
            : (offset, length);
    }

    private string IdAt(int i) => StringAt(_ids.AsSpan(i * OsvIndexFormat.IdEntrySize));

    private uint IdFlags(int i) => BinaryPrimitives.ReadUInt32LittleEndian(_ids.AsSpan((i * OsvIndexFormat.IdEntrySize) + 20));

    private DateTimeOffset ModifiedAt(int i)
    {
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(_ids.AsSpan((i * OsvIndexFormat.IdEntrySize) + 24));
        return ticks is >= 0 and <= 3155378975999999999 ? new DateTimeOffset(ticks, TimeSpan.Zero) : throw new OsvIndexCorruptException($"{Path} is damaged: bad time for record {i}");
    }

    private int CheckedRecordNumber(int record) =>
        record >= 0 && record < RecordCount ? record : throw new OsvIndexCorruptException($"{Path} is damaged: a package points at record {record}");

    private string StringAt(ReadOnlySpan<byte> reference) => Encoding.UTF8.GetString(StringBytes(reference));

    private ReadOnlySpan<byte> StringBytes(ReadOnlySpan<byte> reference)
    {
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(reference);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(reference[4..]);
        return (ulong)offset + length <= (ulong)_strings.Length
            ? _strings.AsSpan((int)offset, (int)length)
            : throw new OsvIndexCorruptException($"{Path} is damaged: a string lies outside the string table");
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
