namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// A self-assessment answer to one claim. NCSC publishes no fixed scale; CodeAssure uses met / partially met /
/// not met / not applicable (with a justification), and <see cref="Unanswered"/> for a claim nobody has answered yet.
/// </summary>
public enum Answer
{
    /// <summary>Nobody has answered the claim yet.</summary>
    Unanswered,

    /// <summary>The claim holds; an argument explains why the evidence shows it.</summary>
    Met,

    /// <summary>The claim holds in part: a gap with an owner and a target date.</summary>
    PartiallyMet,

    /// <summary>The claim does not hold: a gap with an owner and a target date.</summary>
    NotMet,

    /// <summary>The claim does not apply to this organisation or product; a justification says why.</summary>
    NotApplicable,
}
