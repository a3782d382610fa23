namespace CodeAssure.Checks.Secrets;

/// <summary>How a secrets scan runs. The defaults suit a repository; every value is validated when the scan starts.</summary>
public sealed record SecretScanOptions
{
    /// <summary>Folders never entered, wherever they are (besides what .gitignore excludes).</summary>
    public static IReadOnlySet<string> DefaultExcludedFolders { get; } =
        new HashSet<string>(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj", "vendor", "third_party" };

    /// <summary>Files larger than this are not read, and are reported as skipped (default 10 MB).</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How many files are scanned at once (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether .gitignore files (root and nested) and .git/info/exclude are honoured (default true).</summary>
    public bool RespectGitIgnore { get; init; } = true;

    /// <summary>Folder names never entered.</summary>
    public IReadOnlySet<string> ExcludedFolders { get; init; } = DefaultExcludedFolders;

    /// <summary>Paths to leave out (gitignore syntax, relative to the root), e.g. from .codeassureignore and --exclude.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Accepted findings, by fingerprint; they are not reported.</summary>
    public SecretBaseline Baseline { get; init; } = SecretBaseline.Empty;

    /// <summary>The rules to run (default: every rule of <see cref="SecretRules.Default"/>).</summary>
    public IReadOnlyList<SecretRule> Rules { get; init; } = SecretRules.Default;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, 1, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelism, 1, nameof(MaxParallelism));
        ArgumentNullException.ThrowIfNull(ExcludedFolders);
        ArgumentNullException.ThrowIfNull(Exclude);
        ArgumentNullException.ThrowIfNull(Baseline);
        ArgumentNullException.ThrowIfNull(Rules);
    }
}
