using System.Buffers;
using System.Security.Cryptography;

namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// Reads a stream once, in 80 KB chunks, computing its SHA-256 and size and copying it to a destination, without
/// ever holding the whole file in memory; stops with <see cref="EvidenceFileRejectedException"/> as soon as the
/// size limit is passed, so an oversized upload is never read to its end.
/// </summary>
public static class StreamingDigest
{
    /// <summary>How many leading bytes are kept for content sniffing.</summary>
    public const int HeadLength = 8 * 1024;

    private const int ChunkSize = 80 * 1024;

    /// <summary>Hashes <paramref name="source"/>, copying it to <paramref name="destination"/> when given.</summary>
    /// <exception cref="EvidenceFileRejectedException">The stream is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<FileDigest> ComputeAsync(Stream source, Stream? destination, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var head = new byte[HeadLength];
        var headLength = 0;
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new EvidenceFileRejectedException($"the file is larger than the limit of {Describe(maxBytes)}");
                }

                hash.AppendData(buffer, 0, read);
                if (headLength < HeadLength)
                {
                    var take = Math.Min(read, HeadLength - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                if (destination is not null)
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new FileDigest(size, Convert.ToHexStringLower(hash.GetHashAndReset()), head.AsMemory(0, headLength));
    }

    internal static string Describe(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";
}
