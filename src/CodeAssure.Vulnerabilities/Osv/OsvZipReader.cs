using System.IO.Compression;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>
/// Reads the records of an OSV zip dump (e.g. a per-ecosystem <c>all.zip</c>) without extracting anything to disk,
/// refusing entries with unsafe paths, entries too large or too compressed to be a record, and whole archives
/// beyond the entry-count and total-size limits. Sizes are counted as bytes are read, not taken from the headers.
/// </summary>
internal static class OsvZipReader
{
    private const long RatioCheckThreshold = 1024 * 1024;

    public static IEnumerable<OsvDocument> Read(Stream zip, string location, OsvImportLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{location} is not a readable zip archive: {e.Message}", e);
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                throw new InvalidDataException($"{location} has {archive.Entries.Count} entries, more than the limit of {limits.MaxZipEntries}");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                var where = $"{location}!{name}";
                if (name.EndsWith('/') || name.EndsWith('\\'))
                {
                    continue;
                }

                if (IsUnsafe(name))
                {
                    yield return new OsvDocument(where, false, null, "unsafe entry path (absolute, or containing '..')");
                    continue;
                }

                if (!OsvDocument.IsRecordFileName(name))
                {
                    continue;
                }

                if (entry.Length > limits.MaxRecordBytes)
                {
                    yield return new OsvDocument(where, false, null, $"entry is {entry.Length} bytes uncompressed, more than the {limits.MaxRecordBytes}-byte limit for a record");
                    continue;
                }

                if (entry.Length > RatioCheckThreshold && (entry.CompressedLength == 0 || (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio))
                {
                    yield return new OsvDocument(where, false, null, $"entry compresses {entry.Length}:{Math.Max(1, entry.CompressedLength)}, beyond the {limits.MaxCompressionRatio}:1 limit (zip bomb?)");
                    continue;
                }

                var (bytes, problem) = ReadEntry(entry, limits.MaxRecordBytes);
                total += bytes?.Length ?? limits.MaxRecordBytes;
                if (total > limits.MaxZipTotalBytes)
                {
                    throw new InvalidDataException($"{location} holds more than {limits.MaxZipTotalBytes} bytes uncompressed; import stopped (zip bomb?)");
                }

                yield return new OsvDocument(where, OsvDocument.IsYamlFileName(name), bytes, problem);
            }
        }
    }

    private static (byte[]? Bytes, string? Problem) ReadEntry(ZipArchiveEntry entry, long maxBytes)
    {
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), maxBytes));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The header's size may lie; what counts is what decompresses.
                if (buffer.Length + read > maxBytes)
                {
                    return (null, $"entry decompresses to more than the {maxBytes}-byte limit for a record");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"entry cannot be decompressed: {e.Message}");
        }
    }

    internal static bool IsUnsafe(string name) =>
        name.Contains('\0', StringComparison.Ordinal)
        || name.StartsWith('/') || name.StartsWith('\\')
        || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0]))
        || name.Split('/', '\\').Any(segment => segment == "..");
}
