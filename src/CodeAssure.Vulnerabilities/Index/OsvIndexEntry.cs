using System.IO.Compression;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Index;

/// <summary>One record as the index stores it: its id, <c>modified</c>, withdrawn flag, encoded blob, match data and package keys.</summary>
internal sealed class OsvIndexEntry
{
    public OsvIndexEntry(string id, DateTimeOffset modified, bool withdrawn, byte encoding, byte[] blob, byte[] matchData, IReadOnlyList<OsvPackageKey> keys)
    {
        MatchData = matchData;
        Id = id;
        Modified = modified;
        Withdrawn = withdrawn;
        Encoding = encoding;
        Blob = blob;
        Keys = keys;
    }

    public string Id { get; }

    public DateTimeOffset Modified { get; }

    public bool Withdrawn { get; }

    public byte Encoding { get; }

    public byte[] Blob { get; }

    public IReadOnlyList<OsvPackageKey> Keys { get; }

    /// <summary>The record's <see cref="MatchableAdvisory"/> encoded by <see cref="OsvMatchData"/>.</summary>
    public byte[] MatchData { get; }

    /// <summary>Encodes a parsed record: its JSON (as published, or canonical), deflated when that makes it smaller.</summary>
    public static OsvIndexEntry From(OsvRecord record, ReadOnlyMemory<byte>? publishedJson = null)
    {
        // A record that arrived as JSON is stored as published (it parsed, so it reads back to the same record, and
        // fields this version does not model are kept); one that arrived as YAML is stored as canonical JSON.
        var json = publishedJson is { } bytes ? bytes.ToArray() : OsvRecordWriter.ToUtf8Json(record);
        var (encoding, blob) = Encode(json);
        return new OsvIndexEntry(record.Id, record.Modified, record.IsWithdrawn, encoding, blob, OsvMatchData.Encode(MatchableAdvisory.From(record)), KeysOf(record));
    }

    public static IReadOnlyList<OsvPackageKey> KeysOf(OsvRecord record)
    {
        var keys = new List<OsvPackageKey>(record.Affected.Count);
        foreach (var affected in record.Affected)
        {
            OsvPackageKey? key = null;
            if (affected.Package is { } package)
            {
                key = OsvPackageKey.For(package.Ecosystem, package.Name);
            }
            else if (affected.Ranges.FirstOrDefault(r => r.Type == OsvRangeType.Git) is { Repo: { Length: > 0 } repo })
            {
                // Package-less entries name a repository through GIT ranges; file them under the schema's "GIT" ecosystem.
                key = OsvPackageKey.For("GIT", repo);
            }

            if (key is not null && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static (byte Encoding, byte[] Blob) Encode(byte[] json)
    {
        // Small records rarely shrink enough to pay for decompression on every lookup.
        if (json.Length < 256)
        {
            return (OsvIndexFormat.RawJson, json);
        }

        using var output = new MemoryStream(json.Length / 2);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(json);
        }

        return output.Length < json.Length ? (OsvIndexFormat.DeflatedJson, output.ToArray()) : (OsvIndexFormat.RawJson, json);
    }

    public static byte[] Decode(byte encoding, ReadOnlySpan<byte> blob, string id)
    {
        switch (encoding)
        {
            case OsvIndexFormat.RawJson:
                return blob.ToArray();
            case OsvIndexFormat.DeflatedJson:
                using (var input = new MemoryStream(blob.ToArray()))
                using (var deflate = new DeflateStream(input, CompressionMode.Decompress))
                using (var output = new MemoryStream(blob.Length * 4))
                {
                    deflate.CopyTo(output);
                    return output.ToArray();
                }

            default:
                throw new OsvIndexCorruptException($"record {id} has an unknown encoding {encoding}");
        }
    }
}
