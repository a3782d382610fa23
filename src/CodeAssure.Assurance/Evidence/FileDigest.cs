namespace CodeAssure.Assurance.Evidence;

/// <summary>What streaming a file yielded: its size, its SHA-256 and its first bytes (for content sniffing).</summary>
/// <param name="Size">The size in bytes.</param>
/// <param name="Sha256">The SHA-256, 64 lower-case hex digits.</param>
/// <param name="Head">The first bytes (at most <see cref="StreamingDigest.HeadLength"/>).</param>
public sealed record FileDigest(long Size, string Sha256, ReadOnlyMemory<byte> Head);
