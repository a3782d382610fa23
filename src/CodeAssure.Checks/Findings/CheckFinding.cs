namespace CodeAssure.Checks.Findings;

/// <summary>
/// One thing a check found. Every piece of evidence a scan reports is one of these: the check and rule that found
/// it, how serious it is, where, a one-line message, and the value involved — always redacted for secrets.
/// </summary>
public sealed record CheckFinding
{
    /// <summary>The stable id of the check, e.g. CA-SECRETS-001.</summary>
    public required string CheckId { get; init; }

    /// <summary>The rule within the check, when a check has several (e.g. "aws-access-key-id").</summary>
    public string? RuleId { get; init; }

    /// <summary>How serious it is.</summary>
    public required FindingLevel Level { get; init; }

    /// <summary>What was found, in one line, never containing a secret.</summary>
    public required string Message { get; init; }

    /// <summary>Where, when the finding has a place.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The value behind the finding (redacted where it is a secret), e.g. "AKIA****************".</summary>
    public string? Value { get; init; }

    /// <summary>A stable fingerprint so a finding can be accepted in a baseline and recognised again (never the raw secret).</summary>
    public string? Fingerprint { get; init; }
}
