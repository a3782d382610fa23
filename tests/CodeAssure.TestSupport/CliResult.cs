namespace CodeAssure.TestSupport;

/// <summary>What a run of the codeassure command produced.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Out">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
public sealed record CliResult(int ExitCode, string Out, string Error);
