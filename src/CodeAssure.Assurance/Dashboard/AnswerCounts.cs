using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>
/// How many claims have each answer, with two figures derived from them over the claims that apply
/// (<see cref="Applicable"/> = all claims − not applicable; unanswered claims count as applicable and score 0):
/// <list type="bullet">
/// <item><see cref="PercentMet"/> = 100 × met ÷ applicable;</item>
/// <item><see cref="Score"/> = 100 × (met + ½ × partially met) ÷ applicable — partial credit for a partly closed gap.</item>
/// </list>
/// Both are null when nothing applies, and rounded to one decimal place.
/// </summary>
/// <param name="Met">Claims met.</param>
/// <param name="PartiallyMet">Claims partially met.</param>
/// <param name="NotMet">Claims not met.</param>
/// <param name="NotApplicable">Claims marked not applicable.</param>
/// <param name="Unanswered">Claims not answered yet.</param>
public sealed record AnswerCounts(int Met, int PartiallyMet, int NotMet, int NotApplicable, int Unanswered)
{
    /// <summary>Every claim counted.</summary>
    public int Total => Met + PartiallyMet + NotMet + NotApplicable + Unanswered;

    /// <summary>The claims that apply: all but the not-applicable ones.</summary>
    public int Applicable => Total - NotApplicable;

    /// <summary>100 × met ÷ applicable, one decimal; null when nothing applies.</summary>
    public double? PercentMet => Applicable == 0 ? null : Math.Round(100.0 * Met / Applicable, 1, MidpointRounding.AwayFromZero);

    /// <summary>100 × (met + ½ partially met) ÷ applicable, one decimal; null when nothing applies.</summary>
    public double? Score => Applicable == 0 ? null : Math.Round(100.0 * (Met + (0.5 * PartiallyMet)) / Applicable, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// One word for the dashboard: not applicable when nothing applies; not started when nothing applicable is answered;
    /// has gaps when any claim is partially met or not met; in progress while claims are unanswered; otherwise met.
    /// </summary>
    public StandingStatus Status =>
        Applicable == 0 ? StandingStatus.NotApplicable
        : Unanswered == Applicable ? StandingStatus.NotStarted
        : PartiallyMet + NotMet > 0 ? StandingStatus.HasGaps
        : Unanswered > 0 ? StandingStatus.InProgress
        : StandingStatus.Met;

    /// <summary>The count of one answer.</summary>
    public int this[Answer answer] => answer switch
    {
        Answer.Met => Met,
        Answer.PartiallyMet => PartiallyMet,
        Answer.NotMet => NotMet,
        Answer.NotApplicable => NotApplicable,
        _ => Unanswered,
    };

    /// <summary>Counts a list of answers.</summary>
    public static AnswerCounts Of(IEnumerable<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int met = 0, partial = 0, notMet = 0, na = 0, open = 0;
        foreach (var answer in answers)
        {
            switch (answer)
            {
                case Answer.Met: met++; break;
                case Answer.PartiallyMet: partial++; break;
                case Answer.NotMet: notMet++; break;
                case Answer.NotApplicable: na++; break;
                default: open++; break;
            }
        }

        return new AnswerCounts(met, partial, notMet, na, open);
    }
}
