using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>The spellings of <see cref="Answer"/> in JSON and CSV ("partially-met") and for people ("Partially met").</summary>
public static class AnswerText
{
    /// <summary>The JSON token, e.g. "partially-met".</summary>
    public static string ToToken(this Answer answer) => answer switch
    {
        Answer.Unanswered => "unanswered",
        Answer.Met => "met",
        Answer.PartiallyMet => "partially-met",
        Answer.NotMet => "not-met",
        Answer.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "unknown answer"),
    };

    /// <summary>The label for people, e.g. "Partially met".</summary>
    public static string ToLabel(this Answer answer) => answer switch
    {
        Answer.Unanswered => "Unanswered",
        Answer.Met => "Met",
        Answer.PartiallyMet => "Partially met",
        Answer.NotMet => "Not met",
        Answer.NotApplicable => "Not applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "unknown answer"),
    };

    /// <summary>Reads a JSON token (exact, lower case).</summary>
    public static bool TryParse([NotNullWhen(true)] string? token, out Answer answer)
    {
        answer = token switch
        {
            "unanswered" => Answer.Unanswered,
            "met" => Answer.Met,
            "partially-met" => Answer.PartiallyMet,
            "not-met" => Answer.NotMet,
            "not-applicable" => Answer.NotApplicable,
            _ => (Answer)(-1),
        };
        return (int)answer >= 0;
    }

    /// <summary>True for the answers that are gaps: partially met and not met.</summary>
    public static bool IsGap(this Answer answer) => answer is Answer.PartiallyMet or Answer.NotMet;
}
