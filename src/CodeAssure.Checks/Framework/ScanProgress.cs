namespace CodeAssure.Checks.Framework;

/// <summary>Where a scan is: the check about to run (1-based position of <see cref="Total"/>), for a progress indicator.</summary>
/// <param name="Position">The 1-based position of the check in the run.</param>
/// <param name="Total">How many checks the scan runs.</param>
/// <param name="CheckId">The check's id.</param>
/// <param name="Title">The check's title.</param>
public sealed record ScanProgress(int Position, int Total, string CheckId, string Title);
