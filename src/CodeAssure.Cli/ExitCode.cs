namespace CodeAssure.Cli;

/// <summary>The process exit codes every command uses (docs/cli.md).</summary>
internal static class ExitCode
{
    /// <summary>Success; nothing found.</summary>
    public const int Success = 0;

    /// <summary>Findings, or an input document that is invalid.</summary>
    public const int Findings = 1;

    /// <summary>The command line itself is wrong: unknown command, option, value or id.</summary>
    public const int Usage = 2;

    /// <summary>Something failed while running (I/O, corrupt installation, a bug).</summary>
    public const int Failure = 3;
}
