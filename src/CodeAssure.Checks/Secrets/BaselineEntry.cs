namespace CodeAssure.Checks.Secrets;

/// <summary>One accepted finding in a baseline: its fingerprint, and for people reading the file, the rule, path and why.</summary>
/// <param name="Fingerprint">The finding's fingerprint (what suppression matches on).</param>
/// <param name="RuleId">The rule that found it.</param>
/// <param name="Path">The file it was found in.</param>
/// <param name="Reason">Why it is accepted (e.g. "test fixture, revoked key").</param>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, string Reason);
