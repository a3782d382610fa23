using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// Writes a whole index to a new file beside the target and renames it into place, so that readers and a crash
/// mid-write only ever see the old complete file or the new complete file.
/// </summary>
internal static class OsvIndexWriter
{
    internal static readonly JsonSerializerOptions MetadataJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <param name="path">The index file to replace.</param>
    /// <param name="entries">Every record the new index holds.</param>
    /// <param name="sources">The import sources to record.</param>
    /// <param name="written">The time to record as written.</param>
    /// <param name="decorate">Wraps the temporary file's stream (tests use it to simulate a crash part-way).</param>
    public static void Write(string path, IEnumerable<OsvIndexEntry> entries, IReadOnlyList<OsvIndexSource> sources, DateTimeOffset written, Func<Stream, Stream>? decorate = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using var stream = decorate is null ? file : decorate(file);
                WriteTo(stream, entries, sources, written);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void WriteTo(Stream output, IEnumerable<OsvIndexEntry> entries, IReadOnlyList<OsvIndexSource> sources, DateTimeOffset written)
    {
        var records = entries
            .Select(e => (Entry: e, IdBytes: Encoding.UTF8.GetBytes(e.Id)))
            .ToArray();
        Array.Sort(records, (a, b) => a.IdBytes.AsSpan().SequenceCompareTo(b.IdBytes));
        for (var i = 1; i < records.Length; i++)
        {
            if (records[i].IdBytes.AsSpan().SequenceEqual(records[i - 1].IdBytes))
            {
                throw new InvalidOperationException($"duplicate record id {records[i].Entry.Id}");
            }
        }

        var strings = new StringHeap();
        var postingsByKey = new Dictionary<OsvPackageKey, List<int>>();
        for (var i = 0; i < records.Length; i++)
        {
            strings.Add(records[i].Entry.Id);
            foreach (var key in records[i].Entry.Keys)
            {
                if (!postingsByKey.TryGetValue(key, out var list))
                {
                    postingsByKey[key] = list = [];
                }

                list.Add(i);
            }
        }

        var keys = postingsByKey.Keys
            .Select(k => (Key: k, Base: Encoding.UTF8.GetBytes(k.BaseEcosystem), Name: Encoding.UTF8.GetBytes(k.Name), Ecosystem: Encoding.UTF8.GetBytes(k.Ecosystem)))
            .ToArray();
        Array.Sort(keys, (a, b) => CompareKeys(a.Base, a.Name, a.Ecosystem, b.Base, b.Name, b.Ecosystem));
        foreach (var k in keys)
        {
            strings.Add(k.Key.BaseEcosystem);
            strings.Add(k.Key.Name);
            strings.Add(k.Key.Ecosystem);
        }

        var metadata = JsonSerializer.SerializeToUtf8Bytes(new OsvIndexMetadata(written, sources, CountEcosystems(records.Select(r => r.Entry).ToArray()), records.Count(r => r.Entry.Keys.Count == 0)), MetadataJson);
        var postingCount = keys.Sum(k => postingsByKey[k.Key].Count);
        long recordsLength = records.Sum(r => (long)r.Entry.Blob.Length);
        long matchDataLength = records.Sum(r => (long)r.Entry.MatchData.Length);

        var lengths = new long[OsvIndexFormat.SectionCount];
        lengths[OsvIndexFormat.MetadataSection] = metadata.Length;
        lengths[OsvIndexFormat.StringsSection] = strings.Length;
        lengths[OsvIndexFormat.IdsSection] = (long)records.Length * OsvIndexFormat.IdEntrySize;
        lengths[OsvIndexFormat.PackagesSection] = (long)keys.Length * OsvIndexFormat.PackageEntrySize;
        lengths[OsvIndexFormat.PostingsSection] = (long)postingCount * OsvIndexFormat.PostingSize;
        lengths[OsvIndexFormat.RecordsSection] = recordsLength;
        lengths[OsvIndexFormat.MatchDataSection] = matchDataLength;
        var offsets = new long[OsvIndexFormat.SectionCount];
        long position = OsvIndexFormat.HeaderSize;
        for (var s = 0; s < OsvIndexFormat.SectionCount; s++)
        {
            offsets[s] = position;
            position += lengths[s];
        }

        if (strings.Length > uint.MaxValue)
        {
            throw new InvalidOperationException("the index's string table is larger than 4 GiB");
        }

        var fileSize = position + OsvIndexFormat.TrailerSize;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sink = new HashingSink(output, hash);

        var header = new byte[OsvIndexFormat.HeaderSize];
        OsvIndexFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), OsvIndexFormat.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), OsvIndexFormat.HeaderSize);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), fileSize);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), records.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), keys.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(32), postingCount);
        for (var s = 0; s < OsvIndexFormat.SectionCount; s++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(OsvIndexFormat.SectionTableOffset + (s * 16)), offsets[s]);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(OsvIndexFormat.SectionTableOffset + (s * 16) + 8), lengths[s]);
        }

        sink.Write(header);
        sink.Write(metadata);
        strings.WriteTo(sink);

        var entry = new byte[OsvIndexFormat.IdEntrySize];
        long blobOffset = 0;
        long matchDataOffset = 0;
        foreach (var (record, _) in records)
        {
            var (idOffset, idLength) = strings.Find(record.Id);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0), idOffset);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(4), idLength);
            BinaryPrimitives.WriteInt64LittleEndian(entry.AsSpan(8), blobOffset);
            BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(16), record.Blob.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(20), (record.Withdrawn ? OsvIndexFormat.WithdrawnFlag : 0) | ((uint)record.Encoding << 8));
            BinaryPrimitives.WriteInt64LittleEndian(entry.AsSpan(24), record.Modified.UtcTicks);
            BinaryPrimitives.WriteInt64LittleEndian(entry.AsSpan(32), matchDataOffset);
            BinaryPrimitives.WriteInt32LittleEndian(entry.AsSpan(40), record.MatchData.Length);
            sink.Write(entry);
            blobOffset += record.Blob.Length;
            matchDataOffset += record.MatchData.Length;
        }

        var packageEntry = new byte[OsvIndexFormat.PackageEntrySize];
        var firstPosting = 0;
        foreach (var k in keys)
        {
            var count = postingsByKey[k.Key].Count;
            WriteStringRef(packageEntry.AsSpan(0), strings.Find(k.Key.BaseEcosystem));
            WriteStringRef(packageEntry.AsSpan(8), strings.Find(k.Key.Name));
            WriteStringRef(packageEntry.AsSpan(16), strings.Find(k.Key.Ecosystem));
            BinaryPrimitives.WriteInt32LittleEndian(packageEntry.AsSpan(24), firstPosting);
            BinaryPrimitives.WriteInt32LittleEndian(packageEntry.AsSpan(28), count);
            sink.Write(packageEntry);
            firstPosting += count;
        }

        var posting = new byte[OsvIndexFormat.PostingSize];
        foreach (var k in keys)
        {
            foreach (var recordNumber in postingsByKey[k.Key])
            {
                BinaryPrimitives.WriteInt32LittleEndian(posting, recordNumber);
                sink.Write(posting);
            }
        }

        foreach (var (record, _) in records)
        {
            sink.Write(record.Blob);
        }

        foreach (var (record, _) in records)
        {
            sink.Write(record.MatchData);
        }

        output.Write(hash.GetHashAndReset());
    }

    internal static int CompareKeys(ReadOnlySpan<byte> baseA, ReadOnlySpan<byte> nameA, ReadOnlySpan<byte> ecosystemA, ReadOnlySpan<byte> baseB, ReadOnlySpan<byte> nameB, ReadOnlySpan<byte> ecosystemB)
    {
        var c = baseA.SequenceCompareTo(baseB);
        if (c != 0)
        {
            return c;
        }

        c = nameA.SequenceCompareTo(nameB);
        return c != 0 ? c : ecosystemA.SequenceCompareTo(ecosystemB);
    }

    private static void WriteStringRef(Span<byte> target, (uint Offset, uint Length) reference)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(target, reference.Offset);
        BinaryPrimitives.WriteUInt32LittleEndian(target[4..], reference.Length);
    }

    private static List<OsvEcosystemCount> CountEcosystems(OsvIndexEntry[] entries)
    {
        var records = new Dictionary<string, (int Records, int Withdrawn, HashSet<string> Packages)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var group in entry.Keys.GroupBy(k => k.BaseEcosystem, StringComparer.Ordinal))
            {
                if (!records.TryGetValue(group.Key, out var counts))
                {
                    counts = (0, 0, new HashSet<string>(StringComparer.Ordinal));
                }

                foreach (var key in group)
                {
                    counts.Packages.Add(key.Name);
                }

                records[group.Key] = (counts.Records + 1, counts.Withdrawn + (entry.Withdrawn ? 1 : 0), counts.Packages);
            }
        }

        return records
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new OsvEcosystemCount(r.Key, r.Value.Records, r.Value.Packages.Count, r.Value.Withdrawn))
            .ToList();
    }

    /// <summary>Deduplicated UTF-8 strings, laid out in the order first added.</summary>
    private sealed class StringHeap
    {
        private readonly Dictionary<string, (uint Offset, uint Length)> _refs = new(StringComparer.Ordinal);
        private readonly List<byte[]> _parts = [];

        public long Length { get; private set; }

        public void Add(string value)
        {
            if (_refs.ContainsKey(value))
            {
                return;
            }

            var utf8 = Encoding.UTF8.GetBytes(value);
            if (Length + utf8.Length > uint.MaxValue)
            {
                throw new InvalidOperationException("the index's string table is larger than 4 GiB");
            }

            _refs[value] = ((uint)Length, (uint)utf8.Length);
            _parts.Add(utf8);
            Length += utf8.Length;
        }

        public (uint Offset, uint Length) Find(string value) => _refs[value];

        public void WriteTo(HashingSink sink)
        {
            foreach (var part in _parts)
            {
                sink.Write(part);
            }
        }
    }

    /// <summary>Writes to the file and feeds the same bytes to the checksum.</summary>
    private sealed class HashingSink(Stream output, IncrementalHash hash)
    {
        public void Write(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            hash.AppendData(bytes);
        }
    }
}
