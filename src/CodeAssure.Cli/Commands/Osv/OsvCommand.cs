using System.CommandLine;
using CodeAssure.Cli.Output;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Cli.Commands.Osv;

/// <summary><c>codeassure osv import</c> and <c>codeassure osv stats</c>: build and inspect the local OSV index.</summary>
internal static class OsvCommand
{
    private const int SkippedShown = 20;

    public static Command Create(CliContext context) =>
        new("osv", "Import OSV vulnerability records into the local index, and show what it holds.")
        {
            CreateImport(context),
            CreateStats(context),
        };

    private static Option<string?> DbOption() => new("--db")
    {
        Description = "The index file (default: $XDG_CACHE_HOME/codeassure/osv.idx, or codeassure/osv.idx in the local application data folder).",
        HelpName = "PATH",
    };

    private static string IndexPath(ParseResult parseResult, Option<string?> db) =>
        parseResult.GetValue(db) is { Length: > 0 } path ? path : OsvIndexLocation.Default(Environment.GetEnvironmentVariable);

    private static Command CreateImport(CliContext context)
    {
        var sources = new Argument<string[]>("source")
        {
            Description = "Folders of .json/.yaml records (searched recursively), zip dumps (e.g. an ecosystem's all.zip), record files, or http(s) URLs of either.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption();
        var fresh = new Option<bool>("--fresh") { Description = "Start a new index instead of adding to the existing one (also rebuilds a damaged index)." };
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import", "Import OSV records; newer 'modified' replaces the indexed copy. Malformed records are skipped and counted.")
        {
            sources,
            db,
            fresh,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = IndexPath(parseResult, db);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("codeassure-osv-import/1");
            var shown = 0;
            var summary = await new OsvImporter(http).ImportAsync(path, parseResult.GetValue(sources)!, parseResult.GetValue(fresh), skipped =>
            {
                if (shown++ < SkippedShown)
                {
                    context.Error.WriteLine($"codeassure: skipped {skipped.Location}: {CliApp.OneLine(skipped.Reason)}");
                }
            }, cancellationToken).ConfigureAwait(false);

            foreach (var failed in summary.Sources.Where(s => s.Status == OsvSourceStatus.Failed))
            {
                await context.Error.WriteLineAsync($"codeassure: cannot import {failed.Location}: {CliApp.OneLine(failed.Error ?? "failed")}").ConfigureAwait(false);
            }

            if (summary.SkippedCount > SkippedShown)
            {
                await context.Error.WriteLineAsync($"codeassure: … {summary.SkippedCount - SkippedShown} more skipped records (see the summary)").ConfigureAwait(false);
            }

            if (OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, OsvImportView.From(summary)).ConfigureAwait(false);
            }
            else
            {
                OsvImportView.Render(context.Out, summary);
            }

            return ExitCodeOf(summary);
        });
        return command;
    }

    /// <summary>1 when a source failed, or when records were skipped and none could be read; otherwise 0.</summary>
    internal static int ExitCodeOf(OsvImportSummary summary) =>
        summary.FailedSources > 0 || (summary.Read == 0 && summary.SkippedCount > 0) ? ExitCode.Findings : ExitCode.Success;

    private static Command CreateStats(CliContext context)
    {
        var db = DbOption();
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("stats", "Show what the OSV index holds: records, packages and withdrawn records per ecosystem, its sources and size.")
        {
            db,
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = IndexPath(parseResult, db);
            if (!File.Exists(path))
            {
                await context.Error.WriteLineAsync($"codeassure: no OSV index at {path}; run 'codeassure osv import <path|url>' first").ConfigureAwait(false);
                return ExitCode.Findings;
            }

            using var index = OsvIndex.Open(path);
            var view = OsvStatsView.From(index);
            if (OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, view).ConfigureAwait(false);
            }
            else
            {
                view.Render(context.Out);
            }

            return ExitCode.Success;
        });
        return command;
    }
}
