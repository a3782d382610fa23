using System.CommandLine;

namespace CodeAssure.Cli.Commands.Secrets;

/// <summary><c>codeassure secrets</c>: hard-coded credentials in source (principle 1.4, claim 1.4.5).</summary>
internal static class SecretsCommand
{
    public static Command Create(CliContext context) =>
        new("secrets", "Find hard-coded credentials (keys, tokens, passwords) in a folder or its git history.")
        {
            SecretsScanCommand.Create(context),
        };
}
