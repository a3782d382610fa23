using System.Globalization;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>One thing wrong with a security.txt file: where (1-based line), how serious, and what.</summary>
/// <param name="Line">The 1-based line in the file as published (signature lines included); 1 for problems of the whole file, such as a missing field.</param>
/// <param name="Severity">Error (invalid) or warning (a recommendation is not followed).</param>
/// <param name="Message">One line saying what is wrong and, where it helps, what was expected.</param>
public sealed record SecurityTxtProblem(int Line, SecurityTxtSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}: {(Severity == SecurityTxtSeverity.Error ? "error" : "warning")}: {Message}");
}
