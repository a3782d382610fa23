namespace CodeAssure.Checks.Findings;

/// <summary>Where a finding is: a file relative to the scanned folder ('/' separators), a 1-based line and column, and for history scans the commit.</summary>
/// <param name="Path">The file, relative to the scanned folder, with '/' separators.</param>
/// <param name="Line">The 1-based line, when the finding is on one.</param>
/// <param name="Column">The 1-based column, when known.</param>
/// <param name="Commit">The commit the finding was seen in (history scans), when it is not the working tree.</param>
/// <param name="Author">The commit's author, for history scans.</param>
public sealed record SourceLocation(string Path, int? Line = null, int? Column = null, string? Commit = null, string? Author = null);
