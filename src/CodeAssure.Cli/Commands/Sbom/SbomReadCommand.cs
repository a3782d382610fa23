using System.CommandLine;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary><c>codeassure sbom read &lt;file&gt;</c>: reads any supported SBOM and prints it in the one normalised shape.</summary>
internal static class SbomReadCommand
{
    public static Command Create(CliContext context)
    {
        var fileArgument = new Argument<string>("file")
        {
            Description = "The SBOM: CycloneDX (JSON, XML) or SPDX (JSON, YAML, XML, tag-value, 3.0 JSON-LD); the format is recognised from the content.",
        };
        var formatOption = OutputFormatOption.Create(OutputFormat.Json, OutputFormat.Table);
        var command = new Command("read", "Read an SBOM and print its components and dependencies in one normalised shape.")
        {
            fileArgument,
            formatOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (await SbomFile.ReadAsync(context, parseResult.GetValue(fileArgument)!).ConfigureAwait(false) is not { } sbom)
            {
                return ExitCode.Findings;
            }

            if (OutputFormatOption.Parse(parseResult.GetValue(formatOption)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, SbomView.From(sbom)).ConfigureAwait(false);
            }
            else
            {
                await SbomTable.WriteAsync(context.Out, sbom).ConfigureAwait(false);
            }

            return ExitCode.Success;
        });
        return command;
    }
}
