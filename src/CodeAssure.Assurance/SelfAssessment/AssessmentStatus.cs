namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>Where a version of a self-assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Being edited.</summary>
    Draft,

    /// <summary>Signed off by the Senior Responsible Owner: an immutable snapshot.</summary>
    SignedOff,
}
