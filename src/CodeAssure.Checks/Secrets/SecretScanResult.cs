using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Secrets;

/// <summary>What a secrets scan found: findings (already redacted and filtered by allow comments and the baseline), what it skipped, and how much it read.</summary>
/// <param name="Findings">The findings, ordered by path, line and column (history: by commit order, earliest first).</param>
/// <param name="Skipped">Files and folders skipped with a reason (too large, unreadable, link loops).</param>
/// <param name="FilesScanned">Text files read and scanned.</param>
/// <param name="BytesScanned">Bytes of those files.</param>
/// <param name="Suppressed">Findings not reported because of an allow comment or the baseline.</param>
public sealed record SecretScanResult(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<SkippedFile> Skipped, int FilesScanned, long BytesScanned, int Suppressed);
