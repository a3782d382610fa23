namespace CodeAssure.Checks.Testing;

/// <summary>Limits applied while reading a test evidence file, so a hostile or runaway file fails cleanly.</summary>
public sealed record TestReportReadOptions
{
    /// <summary>The default limits: 256 MB and 64 levels of element nesting.</summary>
    public static TestReportReadOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes (characters, for text input). Default 256 MB.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The deepest element nesting accepted. Default 64 — real files nest fewer than 10 levels.</summary>
    public int MaxDepth { get; init; } = 64;
}
