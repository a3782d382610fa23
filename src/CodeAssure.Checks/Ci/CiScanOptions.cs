namespace CodeAssure.Checks.Ci;

/// <summary>Limits for reading CI definitions, which are untrusted input like any file in a scanned repository.</summary>
public sealed record CiScanOptions
{
    private readonly long _maxFileBytes = 1024 * 1024;
    private readonly int _maxDepth = 64;
    private readonly long _maxNodes = 100_000;
    private readonly int _maxFiles = 100_000;

    /// <summary>The largest CI definition read, in bytes (default 1 MB); larger files are reported and skipped.</summary>
    public long MaxFileBytes { get => _maxFileBytes; init => _maxFileBytes = Positive(value); }

    /// <summary>The deepest nesting of YAML collections accepted (default 64).</summary>
    public int MaxDepth { get => _maxDepth; init => _maxDepth = (int)Positive(value); }

    /// <summary>The most nodes a document may stand for once aliases are expanded (default 100,000).</summary>
    public long MaxNodes { get => _maxNodes; init => _maxNodes = Positive(value); }

    /// <summary>The most files looked at while walking the repository for CI and build files (default 100,000).</summary>
    public int MaxFiles { get => _maxFiles; init => _maxFiles = (int)Positive(value); }

    /// <summary>The default limits.</summary>
    public static CiScanOptions Default { get; } = new();

    private static long Positive(long value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "limits must be positive");
}
