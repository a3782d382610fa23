namespace CodeAssure.Checks.Testing;

/// <summary>One test that failed or ended in error.</summary>
/// <param name="Name">The test's full name as the file gives it (JUnit: classname.name).</param>
/// <param name="Message">The first line of the failure message, when the file has one (at most 300 characters).</param>
/// <param name="IsError">True for an error (the test could not run to an outcome), false for a failed assertion.</param>
public sealed record FailedTest(string Name, string? Message, bool IsError);
