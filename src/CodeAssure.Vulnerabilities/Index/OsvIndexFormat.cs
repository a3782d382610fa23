namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// The on-disk layout of the OSV index (all integers little-endian; docs/osv.md describes it for other readers):
/// <code>
/// header   160 bytes: magic "CAOSVIDX", u32 format version, u32 header size, u64 file size,
///                     u32 records, u32 package keys, u32 postings, u32 reserved,
///                     7 sections × (u64 offset, u64 length): metadata, strings, ids, packages, postings, records,
///                     match data
/// metadata UTF-8 JSON (<see cref="OsvIndexMetadata"/>)
/// strings  UTF-8 string heap, referenced as (u32 offset, u32 length)
/// ids      48 bytes per record, sorted by UTF-8 id bytes: id string, u64 blob offset, u32 blob length,
///          u32 flags (bit 0 withdrawn; bits 8-15 blob encoding), i64 modified (UTC ticks),
///          u64 match-data offset, u32 match-data length, u32 reserved
/// packages 32 bytes per key, sorted by (base ecosystem, name, ecosystem) UTF-8 bytes: three strings,
///          u32 first posting, u32 posting count
/// postings u32 record numbers (positions in ids), ascending within a key
/// records  blobs: the record's OSV JSON, raw or deflated
/// match    per record, what matching reads (<see cref="OsvMatchData"/>), so a lookup parses no JSON
/// trailer  32 bytes: SHA-256 of everything before it
/// </code>
/// </summary>
internal static class OsvIndexFormat
{
    public static ReadOnlySpan<byte> Magic => "CAOSVIDX"u8;

    // Version 2 added the match-data section; a version 1 index must be imported again.
    public const uint Version = 2;
    public const int HeaderSize = 160;
    public const int SectionCount = 7;
    public const int SectionTableOffset = 48;
    public const int IdEntrySize = 48;
    public const int PackageEntrySize = 32;
    public const int PostingSize = 4;
    public const int TrailerSize = 32;

    public const int MetadataSection = 0;
    public const int StringsSection = 1;
    public const int IdsSection = 2;
    public const int PackagesSection = 3;
    public const int PostingsSection = 4;
    public const int RecordsSection = 5;
    public const int MatchDataSection = 6;

    public const uint WithdrawnFlag = 1;
    public const byte RawJson = 0;
    public const byte DeflatedJson = 1;
}
