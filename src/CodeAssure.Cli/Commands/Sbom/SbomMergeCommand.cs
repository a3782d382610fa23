using System.CommandLine;
using CodeAssure.Sbom.Merging;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Writers;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary><c>codeassure sbom merge &lt;files…&gt; -o out</c>: one CycloneDX SBOM for a product built from several parts.</summary>
internal static class SbomMergeCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The parts' SBOMs (any supported format), at least two.",
            Arity = new ArgumentArity(2, 10_000),
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the merged CycloneDX 1.6 JSON SBOM (written atomically).", Required = true };
        var name = new Option<string>("--name") { Description = "The product's name (default: the output file's name).", };
        var version = new Option<string?>("--version") { Description = "The product's version." };
        var command = new Command("merge", "Merge several SBOMs into one CycloneDX 1.6 SBOM, de-duplicating components by purl.")
        {
            files,
            output,
            name,
            version,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(output)!;
            var parts = new List<SbomDocument>();
            foreach (var file in parseResult.GetValue(files)!)
            {
                if (await SbomFile.ReadAsync(context, file).ConfigureAwait(false) is not { } part)
                {
                    return ExitCode.Findings;
                }

                parts.Add(part);
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(target));
            if (folder is null || !Directory.Exists(folder))
            {
                throw new UsageException($"the folder of '{target}' does not exist");
            }

            var productName = parseResult.GetValue(name) is { Length: > 0 } n ? n : Path.GetFileNameWithoutExtension(target);
            var merged = SbomMerger.Merge(parts, productName, parseResult.GetValue(version), context.Time.GetUtcNow());
            var info = SbomDocumentInfo.Create(context.Time, ToolVersion.Release);
            await AtomicFile.WriteAsync(target, (stream, _) =>
            {
                CycloneDxDocumentWriter.Write(stream, merged, info);
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"codeassure: {merged.Components.Count} components from {parts.Count} SBOMs written to {target}").ConfigureAwait(false);
            return ExitCode.Success;
        });
        return command;
    }
}
