namespace CodeAssure.Checks.Testing;

/// <summary>A line of a CI configuration or build script that runs tests.</summary>
/// <param name="Path">The file, relative to the scanned folder, with '/' separators.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Runner">The test command recognised, e.g. "dotnet test", "pytest", "npm test".</param>
/// <param name="Text">The line itself, trimmed (at most 200 characters).</param>
/// <param name="InCiConfiguration">True for CI configuration (workflows, pipelines, .ci scripts); false for a Makefile, which only shows tests are scripted.</param>
public sealed record CiTestCommand(string Path, int Line, string Runner, string Text, bool InCiConfiguration);
