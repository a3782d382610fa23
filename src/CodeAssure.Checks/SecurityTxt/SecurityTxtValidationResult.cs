namespace CodeAssure.Checks.SecurityTxt;

/// <summary>The verdict on one security.txt file at one moment: what it says, and every problem with its line.</summary>
/// <param name="Document">The fields as read.</param>
/// <param name="Problems">Every problem, ordered by line.</param>
/// <param name="EvaluatedAt">The moment the Expires field was judged against.</param>
public sealed record SecurityTxtValidationResult(SecurityTxtDocument Document, IReadOnlyList<SecurityTxtProblem> Problems, DateTimeOffset EvaluatedAt)
{
    /// <summary>Valid means no errors; warnings (recommendations not followed) are allowed.</summary>
    public bool IsValid => Problems.All(p => p.Severity != SecurityTxtSeverity.Error);

    /// <summary>The problems that make the file invalid.</summary>
    public IEnumerable<SecurityTxtProblem> Errors => Problems.Where(p => p.Severity == SecurityTxtSeverity.Error);

    /// <summary>The recommendations the file does not follow.</summary>
    public IEnumerable<SecurityTxtProblem> Warnings => Problems.Where(p => p.Severity == SecurityTxtSeverity.Warning);
}
