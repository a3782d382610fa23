using System.CommandLine;
using System.Globalization;
using System.Text;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.Ntia;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary>
/// <c>codeassure sbom validate &lt;file&gt;</c>: checks a CycloneDX or SPDX document against its specification and lists
/// every problem with its location; <c>--ntia</c> adds NTIA minimum elements coverage.
/// </summary>
internal static class SbomValidateCommand
{
    public static Command Create(CliContext context)
    {
        var fileArgument = new Argument<string>("file")
        {
            Description = "The SBOM to check: CycloneDX JSON or XML (1.2–1.7) or protobuf text (1.3–1.7), SPDX 2.2/2.3 JSON or tag-value; '-' reads standard input.",
        };
        var ntiaOption = new Option<bool>("--ntia")
        {
            Description = "Also report coverage of the NTIA minimum elements (supplier, name, version, unique identifier, dependency relationship, author, timestamp).",
        };
        var formatOption = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);

        var command = new Command("validate", "Check an SBOM against the CycloneDX schemas or the SPDX specification; exit code 1 when it is invalid.")
        {
            fileArgument,
            ntiaOption,
            formatOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(fileArgument)!;
            var includeNtia = parseResult.GetValue(ntiaOption);
            var format = OutputFormatOption.Parse(parseResult.GetValue(formatOption)!);
            var content = await ReadAsync(file, context, cancellationToken).ConfigureAwait(false);
            var result = new SbomValidator().Validate(content, file, includeNtia);
            if (format == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, SbomValidationView.From(file, result)).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteAsync(RenderTable(file, result, includeNtia)).ConfigureAwait(false);
            }

            return result.IsValid ? ExitCode.Success : ExitCode.Findings;
        });
        return command;
    }

    private static async Task<byte[]> ReadAsync(string file, CliContext context, CancellationToken cancellationToken)
    {
        if (file == "-")
        {
            return Encoding.UTF8.GetBytes(await context.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }

        if (!File.Exists(file))
        {
            throw new UsageException(Directory.Exists(file) ? $"'{file}' is a directory, not an SBOM file" : $"file not found: {file}");
        }

        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        // Read at most one byte past the limit: enough for the validator to report the document as too large.
        var length = (int)Math.Min(stream.Length, SbomValidator.MaxDocumentBytes + 1L);
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }

    private static string RenderTable(string file, SbomValidationResult result, bool includeNtia)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{file}: {SbomValidationView.FormatName(result.Format)}{(result.SpecVersion is null ? "" : " " + result.SpecVersion)}");
        text.AppendLine(result.IsValid ? "valid" : $"invalid: {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}");
        foreach (var problem in result.Problems)
        {
            text.AppendLine(inv, $"  {problem}");
        }

        if (!includeNtia)
        {
            return text.ToString();
        }

        text.AppendLine();
        if (result.Ntia is not { } ntia)
        {
            text.AppendLine("NTIA minimum elements: not available for this document");
            return text.ToString();
        }

        text.AppendLine(inv, $"NTIA minimum elements: {ntia.OverallPercent.ToString("0.0", inv)}% overall");
        text.AppendLine(inv, $"  {"element",-25} {"present",9} {"coverage",9}");
        foreach (var element in ntia.Elements)
        {
            text.AppendLine(inv, $"  {SbomValidationView.ElementName(element.Element),-25} {$"{element.Present}/{element.Total}",9} {element.Percent.ToString("0.0", inv) + "%",9}");
        }

        var incomplete = ntia.Components.Where(c => c.Missing.Count > 0).ToList();
        if (incomplete.Count > 0)
        {
            text.AppendLine(inv, $"  components missing elements ({incomplete.Count} of {ntia.Components.Count}):");
            foreach (var component in incomplete)
            {
                text.AppendLine(inv, $"    {component.Component} ({component.Location}): {string.Join(", ", component.Missing.Select(SbomValidationView.ElementName))}");
            }
        }

        return text.ToString();
    }
}
