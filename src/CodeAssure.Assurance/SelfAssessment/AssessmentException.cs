namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>An operation on a self-assessment was refused; <see cref="Problems"/> lists every reason.</summary>
public sealed class AssessmentException : Exception
{
    /// <summary>A refusal with its problems.</summary>
    public AssessmentException(string message, IReadOnlyList<ValidationProblem> problems)
        : base(problems.Count == 0 ? message : $"{message}: {string.Join("; ", problems.Take(5))}{(problems.Count > 5 ? $" (and {problems.Count - 5} more)" : "")}")
    {
        Problems = problems;
    }

    /// <summary>A refusal for one reason.</summary>
    public AssessmentException(string message)
        : this(message, [])
    {
    }

    /// <summary>A refusal with no detail.</summary>
    public AssessmentException()
        : this("the self-assessment operation was refused", [])
    {
    }

    /// <summary>A refusal caused by another error.</summary>
    public AssessmentException(string message, Exception inner)
        : base(message, inner)
    {
        Problems = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; } = [];
}
