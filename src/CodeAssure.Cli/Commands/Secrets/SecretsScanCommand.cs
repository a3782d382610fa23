using System.CommandLine;
using System.Globalization;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Secrets;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Secrets;

/// <summary>
/// <c>codeassure secrets scan &lt;dir&gt; [--history] [--baseline file] [--write-baseline file] [--format table|json]</c>:
/// reports hard-coded credentials, redacted; exits 1 when there is a finding.
/// </summary>
internal static class SecretsScanCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("dir") { Description = "The folder to scan (a repository's root for --history)." };
        var history = new Option<bool>("--history") { Description = "Scan every line ever added in the git history (all branches and tags) instead of the working tree." };
        var baseline = new Option<string?>("--baseline") { Description = "Accepted findings (JSON baseline file); they are not reported." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write the current findings to this baseline file (accepting them) and exit 0." };
        var reason = new Option<string>("--reason") { Description = "The reason recorded with --write-baseline.", DefaultValueFactory = _ => "accepted when the baseline was written" };
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("scan", "Scan a folder (or its git history) for hard-coded credentials; findings are redacted.")
        {
            folder, history, baseline, writeBaseline, reason, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = parseResult.GetValue(folder)!;
            if (!Directory.Exists(root))
            {
                throw new UsageException($"folder not found: {root}");
            }

            var accepted = SecretBaseline.Empty;
            if (parseResult.GetValue(baseline) is { Length: > 0 } baselinePath)
            {
                if (!File.Exists(baselinePath))
                {
                    throw new UsageException($"baseline file not found: {baselinePath}");
                }

                try
                {
                    accepted = await SecretBaseline.LoadAsync(baselinePath, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidDataException e)
                {
                    await context.Error.WriteLineAsync($"codeassure: {CliApp.OneLine(e.Message)}").ConfigureAwait(false);
                    return ExitCode.Findings;
                }
            }

            var scanner = new SecretScanner(new SecretScanOptions { Baseline = accepted });
            var result = parseResult.GetValue(history)
                ? await scanner.ScanHistoryAsync(root, cancellationToken).ConfigureAwait(false)
                : await scanner.ScanDirectoryAsync(root, cancellationToken).ConfigureAwait(false);

            if (parseResult.GetValue(writeBaseline) is { Length: > 0 } target)
            {
                var all = new SecretBaseline(accepted.Accepted.Concat(SecretBaseline.FromFindings(result.Findings, parseResult.GetValue(reason)!).Accepted)
                    .DistinctBy(e => e.Fingerprint));
                await all.SaveAsync(target, cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"codeassure: wrote {all.Accepted.Count} accepted finding(s) to {target}").ConfigureAwait(false);
                return ExitCode.Success;
            }

            if (OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, new
                {
                    root,
                    history = parseResult.GetValue(history),
                    result.FilesScanned,
                    result.BytesScanned,
                    result.Suppressed,
                    result.Findings,
                    result.Skipped,
                }).ConfigureAwait(false);
            }
            else
            {
                await WriteTableAsync(context.Out, result).ConfigureAwait(false);
            }

            foreach (var skipped in result.Skipped)
            {
                await context.Error.WriteLineAsync($"codeassure: skipped {skipped.Path}: {skipped.Reason}").ConfigureAwait(false);
            }

            return result.Findings.Count > 0 ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    private static async Task WriteTableAsync(TextWriter writer, SecretScanResult result)
    {
        var suppressed = result.Suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {result.Suppressed} suppressed") : "";
        await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Findings.Count} secret(s) found in {result.FilesScanned} file(s) scanned{suppressed}")).ConfigureAwait(false);
        foreach (var finding in result.Findings)
        {
            var location = finding.Location!;
            var where = string.Create(CultureInfo.InvariantCulture, $"{location.Path}:{location.Line}:{location.Column}");
            var commit = location.Commit is { Length: >= 12 } c ? $"  {c[..12]} {location.Author}" : "";
            await writer.WriteLineAsync($"{Level(finding.Level),-8}  {where}  {finding.RuleId}  {finding.Value}{commit}").ConfigureAwait(false);
        }
    }

    private static string Level(FindingLevel level) => level.ToString().ToLowerInvariant();
}
