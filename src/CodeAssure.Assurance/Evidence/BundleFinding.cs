namespace CodeAssure.Assurance.Evidence;

/// <summary>One finding of a check in an uploaded bundle (values are already redacted by the scanner).</summary>
/// <param name="CheckId">The check that found it.</param>
/// <param name="RuleId">The rule within the check, if any.</param>
/// <param name="Level">info, low, medium, high or critical.</param>
/// <param name="Message">What was found.</param>
/// <param name="Path">The file, relative to the scanned folder, if any.</param>
/// <param name="Line">The 1-based line, if any.</param>
/// <param name="Column">The 1-based column, if any.</param>
/// <param name="Commit">The commit, for findings in history.</param>
public sealed record BundleFinding(string CheckId, string? RuleId, string Level, string Message, string? Path, int? Line, int? Column, string? Commit);
