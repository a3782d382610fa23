namespace CodeAssure.Sbom.Generation;

/// <summary>Limits for <see cref="SbomGenerator"/>.</summary>
public sealed record SbomGenerationOptions
{
    /// <summary>Files larger than this many bytes are skipped with a warning (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Extra paths to leave out, in .gitignore syntax, relative to the scanned folder (e.g. <c>tests/**/Fixtures/</c>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
}
