namespace CodeAssure.Checks.Evidence;

/// <summary>What a scan can say about a claim or principle.</summary>
public enum EvidenceStatus
{
    /// <summary>Every check evidencing it passed, and a scan can evidence it by itself.</summary>
    Met,

    /// <summary>Some of its checks passed and some found problems.</summary>
    PartiallyMet,

    /// <summary>Its checks found problems.</summary>
    NotMet,

    /// <summary>It does not apply to the organisation's stakeholder role, or its checks had nothing to look at.</summary>
    NotApplicable,

    /// <summary>No check can show it, or checks only support it: documents, records or people must.</summary>
    NeedsHumanEvidence,
}
