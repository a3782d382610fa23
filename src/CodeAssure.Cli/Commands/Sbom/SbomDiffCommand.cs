using System.CommandLine;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.Comparison;

namespace CodeAssure.Cli.Commands.Sbom;

/// <summary><c>codeassure sbom diff &lt;a&gt; &lt;b&gt;</c>: packages added, removed and changed in version from a to b.</summary>
internal static class SbomDiffCommand
{
    public static Command Create(CliContext context)
    {
        var older = new Argument<string>("a") { Description = "The older SBOM (any supported format)." };
        var newer = new Argument<string>("b") { Description = "The newer SBOM (any supported format)." };
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("diff", "List the packages added, removed and changed in version between two SBOMs; exits 1 when they differ.")
        {
            older,
            newer,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var a = await SbomFile.ReadAsync(context, parseResult.GetValue(older)!).ConfigureAwait(false);
            var b = a is null ? null : await SbomFile.ReadAsync(context, parseResult.GetValue(newer)!).ConfigureAwait(false);
            if (a is null || b is null)
            {
                return ExitCode.Findings;
            }

            var difference = SbomComparer.Compare(a, b);
            if (OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, difference).ConfigureAwait(false);
            }
            else
            {
                foreach (var p in difference.Added)
                {
                    await context.Out.WriteLineAsync($"+ added    {p.Name} {string.Join(", ", p.Versions)}").ConfigureAwait(false);
                }

                foreach (var p in difference.Removed)
                {
                    await context.Out.WriteLineAsync($"- removed  {p.Name} {string.Join(", ", p.Versions)}").ConfigureAwait(false);
                }

                foreach (var c in difference.Changed)
                {
                    await context.Out.WriteLineAsync($"~ changed  {c.Name} {string.Join(", ", c.From)} -> {string.Join(", ", c.To)}").ConfigureAwait(false);
                }

                await context.Out.WriteLineAsync($"{difference.Added.Count} added, {difference.Removed.Count} removed, {difference.Changed.Count} changed").ConfigureAwait(false);
            }

            return difference.IsEmpty ? ExitCode.Success : ExitCode.Findings;
        });
        return command;
    }
}
