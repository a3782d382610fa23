namespace CodeAssure.Sbom.Readers;

/// <summary>Limits that keep hostile input from exhausting the reader.</summary>
public sealed record SbomReadOptions
{
    /// <summary>The defaults: depth 64, input up to 2 GiB, one value up to 64 MiB.</summary>
    public static SbomReadOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects, arrays or elements accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxInputBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The largest single value (string, number, text line) accepted, in bytes.</summary>
    public int MaxValueBytes { get; init; } = 64 * 1024 * 1024;
}
