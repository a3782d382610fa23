namespace CodeAssure.Checks.Secrets;

/// <summary>A file or folder the scan could not or would not read, and why (too large, unreadable, a symbolic-link loop …).</summary>
/// <param name="Path">Relative to the scanned folder, '/' separators.</param>
/// <param name="Reason">Why, in a few words.</param>
public sealed record SkippedFile(string Path, string Reason);
