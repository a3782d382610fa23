using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Framework;

/// <summary>What every check gets: the folder being scanned, the clock, and the scan's options.</summary>
/// <param name="Root">The absolute path of the scanned folder.</param>
/// <param name="Time">The clock (expiry rules read it).</param>
/// <param name="OsvIndexPath">The OSV index for the known-vulnerability check; null when none is configured.</param>
/// <param name="TestResultFiles">Test result and coverage files passed with --test-results.</param>
/// <param name="Exclude">Paths to leave out (gitignore syntax), from .codeassureignore and --exclude: e.g. test fixtures.</param>
public sealed record ScanContext(string Root, TimeProvider Time, string? OsvIndexPath = null, IReadOnlyList<string>? TestResultFiles = null, IReadOnlyList<string>? Exclude = null)
{
    /// <summary>The name of the file, at the scanned folder's root, whose lines are exclude patterns.</summary>
    public const string IgnoreFileName = ".codeassureignore";

    /// <summary>Whether the secrets check also scans every line ever added in the git history (<c>--history</c>).</summary>
    public bool ScanGitHistory { get; init; }

    /// <summary>Secret findings accepted by the team (<c>--baseline</c>, the file <c>secrets scan</c> writes); they are not reported.</summary>
    public SecretBaseline SecretBaseline { get; init; } = SecretBaseline.Empty;

    /// <summary>Reads the exclude patterns of <see cref="IgnoreFileName"/> (blank lines and # comments skipped).</summary>
    public static IReadOnlyList<string> ReadIgnoreFile(string root)
    {
        var path = Path.Combine(root, IgnoreFileName);
        return File.Exists(path)
            ? [.. File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
            : [];
    }
}
