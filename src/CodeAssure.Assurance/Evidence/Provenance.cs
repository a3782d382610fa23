namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// Where one fact behind a prefill proposal came from, so the UI can show it: the check and how it ended, and either
/// one of its findings (rule, message, file, line, commit) or one of its recorded facts (name and value).
/// </summary>
/// <param name="CheckId">The check.</param>
/// <param name="CheckStatus">How the check ended.</param>
/// <param name="RuleId">The finding's rule, for a finding.</param>
/// <param name="Message">The finding's message, for a finding.</param>
/// <param name="FactName">The fact's name, for a fact.</param>
/// <param name="FactValue">The fact's value, for a fact.</param>
/// <param name="Path">The file, relative to the scanned folder.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Commit">The commit: the finding's own (history findings) or the scanned commit.</param>
public sealed record Provenance(
    string CheckId,
    BundleCheckStatus CheckStatus,
    string? RuleId,
    string? Message,
    string? FactName,
    string? FactValue,
    string? Path,
    int? Line,
    string? Commit);
