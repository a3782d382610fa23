namespace CodeAssure.Checks.Testing;

/// <summary>One test project or test file found in a repository.</summary>
/// <param name="Kind">What kind of test it is.</param>
/// <param name="Path">The file, relative to the scanned folder, with '/' separators.</param>
public sealed record TestLocation(TestKind Kind, string Path);
