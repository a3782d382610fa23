namespace CodeAssure.Checks.Framework;

/// <summary>How a check's run ended.</summary>
public enum CheckStatus
{
    /// <summary>It ran and found nothing wrong (its findings, if any, are informational evidence).</summary>
    Passed,

    /// <summary>It ran and found at least one problem (a finding above Info).</summary>
    Failed,

    /// <summary>Nothing in the repository for it to look at (e.g. no CI definitions for a CI check).</summary>
    NotApplicable,

    /// <summary>It could not run for a stated reason (e.g. no OSV index for the vulnerability check).</summary>
    Skipped,

    /// <summary>It failed unexpectedly; the note says why. Never hides the other checks' results.</summary>
    Error,
}
