namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// Bounds on what a self-assessment may hold, so that one value can always be stored, rendered and signed
/// (a 10 000-character argument is a long essay; more is a paste accident or an attack).
/// </summary>
public static class AssessmentLimits
{
    /// <summary>Longest justification or argument, in UTF-16 code units.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Longest owner, product, release, signer or title.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest sign-off acknowledgement.</summary>
    public const int MaxAcknowledgementLength = 2_000;

    /// <summary>Most evidence references on one claim.</summary>
    public const int MaxEvidencePerClaim = 100;

    /// <summary>Most evidence items in one assessment.</summary>
    public const int MaxEvidenceItems = 5_000;

    /// <summary>Longest evidence id.</summary>
    public const int MaxEvidenceIdLength = 64;
}
