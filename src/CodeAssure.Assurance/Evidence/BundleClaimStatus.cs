namespace CodeAssure.Assurance.Evidence;

/// <summary>What a scan says about a claim (bundle member <c>principles[].claims[].status</c>).</summary>
public enum BundleClaimStatus
{
    /// <summary>"met".</summary>
    Met,

    /// <summary>"partially-met".</summary>
    PartiallyMet,

    /// <summary>"not-met".</summary>
    NotMet,

    /// <summary>"not-applicable".</summary>
    NotApplicable,

    /// <summary>"needs-human-evidence".</summary>
    NeedsHumanEvidence,
}
