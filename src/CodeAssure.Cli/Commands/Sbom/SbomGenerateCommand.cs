using System.CommandLine;
using System.Text;
using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary><c>codeassure sbom generate &lt;dir&gt;</c>: an SBOM of a source tree from its lock files and manifests.</summary>
internal static class SbomGenerateCommand
{
    public static Command Create(CliContext context) => Create(context, context.Time);

    internal static Command Create(CliContext context, TimeProvider time)
    {
        var directoryArgument = new Argument<string>("dir")
        {
            Description = "The folder to scan (recursively) for lock files and manifests.",
        };
        var outputOption = new Option<string?>("--output", "-o")
        {
            Description = "Write the SBOM to this file (atomically) instead of standard output.",
            HelpName = "file",
        };
        var formatOption = new Option<string>("--format", "-f")
        {
            Description = "SBOM format: cyclonedx (JSON) or spdx (SPDX 2.3 JSON).",
            DefaultValueFactory = _ => "cyclonedx",
            HelpName = "cyclonedx|spdx",
        };
        formatOption.AcceptOnlyFromAmong("cyclonedx", "spdx");
        var specVersionOption = new Option<string?>("--spec-version")
        {
            Description = "CycloneDX specification version (default 1.6).",
            HelpName = "1.6|1.7",
        };
        specVersionOption.AcceptOnlyFromAmong([.. CycloneDxJsonWriter.SupportedSpecVersions]);
        var excludeOption = new Option<string[]>("--exclude")
        {
            Description = "Leave out paths matching this .gitignore-style pattern, relative to <dir> (repeatable), e.g. 'tests/**/Fixtures/'.",
            HelpName = "pattern",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("generate", "Generate a CycloneDX or SPDX SBOM from the lock files and manifests under a folder.")
        {
            directoryArgument,
            outputOption,
            formatOption,
            specVersionOption,
            excludeOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var directory = parseResult.GetValue(directoryArgument)!;
            var format = parseResult.GetValue(formatOption)!;
            var specVersion = parseResult.GetValue(specVersionOption);
            var output = parseResult.GetValue(outputOption);
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"'{directory}' is not a folder");
            }

            if (format == "spdx" && specVersion is not null)
            {
                throw new UsageException("--spec-version applies to CycloneDX only (SPDX output is SPDX 2.3)");
            }

            if (output is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(output))))
            {
                throw new UsageException($"the folder of '{output}' does not exist");
            }

            var options = new SbomGenerationOptions { Exclude = parseResult.GetValue(excludeOption) ?? [] };
            var graph = await new SbomGenerator(options).GenerateAsync(directory, cancellationToken).ConfigureAwait(false);
            foreach (var warning in graph.Warnings)
            {
                await context.Error.WriteLineAsync($"codeassure: warning: {warning}").ConfigureAwait(false);
            }

            var info = SbomDocumentInfo.Create(time, global::CodeAssure.Cli.ToolVersion.Release);
            void Write(Stream stream)
            {
                if (format == "spdx")
                {
                    SpdxJsonWriter.Write(stream, graph, info);
                }
                else
                {
                    CycloneDxJsonWriter.Write(stream, graph, info, specVersion ?? "1.6");
                }
            }

            if (output is null)
            {
                using var buffer = new MemoryStream();
                Write(buffer);
                await context.Out.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
            }
            else
            {
                await AtomicFile.WriteAsync(output, (stream, _) =>
                {
                    Write(stream);
                    return Task.CompletedTask;
                }, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"codeassure: {graph.Packages.Count} packages from {graph.ScannedFiles.Count} files written to {output}").ConfigureAwait(false);
            }

            return ExitCode.Success;
        });
        return command;
    }
}
