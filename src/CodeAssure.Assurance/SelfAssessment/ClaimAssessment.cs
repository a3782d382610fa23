using CodeAssure.Catalog;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// The answer to one claim, in NCSC's Claims–Argument–Evidence form: the answer, the argument for why the evidence
/// shows the claim holds, a justification when it does not apply, an owner and target date for a gap, and the ids of
/// the evidence items (<see cref="Evidence.EvidenceItem.Id"/>) relied on. A draft may hold an incomplete answer;
/// <see cref="AssessmentValidator"/> lists every problem, and sign-off requires none.
/// </summary>
public sealed record ClaimAssessment
{
    /// <summary>A fresh, unanswered claim.</summary>
    public ClaimAssessment(ClaimId claim)
    {
        Claim = claim;
    }

    /// <summary>The claim answered.</summary>
    public ClaimId Claim { get; init; }

    /// <summary>The answer.</summary>
    public Answer Answer { get; init; }

    /// <summary>Why the claim does not apply (required for <see cref="Answer.NotApplicable"/>).</summary>
    public string? Justification { get; init; }

    /// <summary>Why the evidence shows the claim holds (required for met and partially met).</summary>
    public string? Argument { get; init; }

    /// <summary>Who closes the gap (required for partially met and not met).</summary>
    public string? Owner { get; init; }

    /// <summary>When the gap will be closed (required for partially met and not met).</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>The ids of the evidence items relied on, in the order given (copied, so the caller's list cannot change it).</summary>
    public IReadOnlyList<string> Evidence
    {
        get;
        init => field = [.. value ?? throw new ArgumentNullException(nameof(value))];
    } = [];

    /// <summary>True when every field and reference equals the other's (records compare lists by reference).</summary>
    public bool SameContentAs(ClaimAssessment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Claim == other.Claim && Answer == other.Answer && Justification == other.Justification
            && Argument == other.Argument && Owner == other.Owner && TargetDate == other.TargetDate
            && Evidence.SequenceEqual(other.Evidence, StringComparer.Ordinal);
    }
}
