namespace CodeAssure.Checks.Framework;

/// <summary>What every check gets: the folder being scanned, the clock, and the scan's options.</summary>
/// <param name="Root">The absolute path of the scanned folder.</param>
/// <param name="Time">The clock (expiry rules read it).</param>
/// <param name="OsvIndexPath">The OSV index for the known-vulnerability check; null when none is configured.</param>
/// <param name="TestResultFiles">Test result and coverage files passed with --test-results.</param>
public sealed record ScanContext(string Root, TimeProvider Time, string? OsvIndexPath = null, IReadOnlyList<string>? TestResultFiles = null);
