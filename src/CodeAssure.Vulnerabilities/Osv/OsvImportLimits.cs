namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>Limits that keep a hostile or broken source from exhausting memory or disk during an import.</summary>
public sealed record OsvImportLimits
{
    /// <summary>The largest single record accepted (file or zip entry), in bytes.</summary>
    public long MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most uncompressed bytes read from one zip before the zip is abandoned.</summary>
    public long MaxZipTotalBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>The most entries read from one zip.</summary>
    public int MaxZipEntries { get; init; } = 5_000_000;

    /// <summary>The highest uncompressed/compressed ratio accepted for a zip entry larger than 1 MiB (zip bomb guard).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>The largest download accepted from a URL, in bytes.</summary>
    public long MaxDownloadBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How many skipped records are kept in the summary with their reasons (all are counted).</summary>
    public int MaxSkippedListed { get; init; } = 1000;

    /// <summary>How long to wait for another import's lock on the index.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
