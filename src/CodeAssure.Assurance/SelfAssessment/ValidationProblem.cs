namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>One problem with a self-assessment: which claim (null for the assessment itself), which field, and what is wrong.</summary>
/// <param name="Claim">The claim id as written, or null when the problem is not about one claim.</param>
/// <param name="Field">The field, as named in the JSON form (e.g. "argument", "targetDate", "signOff.signerRole").</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record ValidationProblem(string? Claim, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Claim is null ? $"{Field}: {Message}" : $"claim {Claim} {Field}: {Message}";
}
