namespace CodeAssure.Checks.Testing;

/// <summary>A failed or errored test in the combined summary, with the file that reported it.</summary>
/// <param name="File">The results file, as its path was given.</param>
/// <param name="Test">The test.</param>
public sealed record FailingTest(string File, FailedTest Test);
