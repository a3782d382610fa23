namespace CodeAssure.Assurance.Evidence;

/// <summary>How a check ended in a scan (bundle member <c>checks[].status</c>).</summary>
public enum BundleCheckStatus
{
    /// <summary>"passed": nothing above info found.</summary>
    Passed,

    /// <summary>"failed": a finding above info.</summary>
    Failed,

    /// <summary>"not-applicable": nothing to look at.</summary>
    NotApplicable,

    /// <summary>"skipped": could not run.</summary>
    Skipped,

    /// <summary>"error": broke while running.</summary>
    Error,
}
