namespace CodeAssure.Checks.Testing;

/// <summary>One test that failed or ended in error.</summary>
/// <param name="Name">The test's full name as the file gives it (JUnit: classname.name).</param>
/// <param name="Message">The first line of the failure message, when the file has one (at most 300 characters).</param>
/// <param name="IsError">True for an error (the test could not run to an outcome), false for a failed assertion.</param>
public sealed record FailedTest(string Name, string? Message, bool IsError)
{
    /// <summary>Adds a failure while fewer than <see cref="TestResultFile.FailedTestLimit"/> are kept, so a file with millions cannot exhaust memory.</summary>
    internal static void Keep(List<FailedTest> failures, FailedTest test)
    {
        if (failures.Count < TestResultFile.FailedTestLimit)
        {
            failures.Add(test);
        }
    }
}
