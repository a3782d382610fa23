using System.CommandLine;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary><c>codeassure sbom</c>: software bills of materials. Each verb (read, and later validate, generate, diff) is a subcommand.</summary>
internal static class SbomCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("sbom", "Work with software bills of materials (CycloneDX, SPDX).")
        {
            SbomReadCommand.Create(context),
            SbomGenerateCommand.Create(context),
            SbomValidateCommand.Create(context),
            SbomDiffCommand.Create(context),
            SbomMergeCommand.Create(context),
        };
        command.SetAction((Func<ParseResult, int>)(_ => throw new UsageException("a subcommand is required, e.g. 'codeassure sbom read <file>' (see 'codeassure sbom --help')")));
        return command;
    }
}
