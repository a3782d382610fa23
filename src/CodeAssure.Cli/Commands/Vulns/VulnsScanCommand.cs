using System.CommandLine;
using System.Globalization;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.Generation;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Writers;
using CodeAssure.Cli.Commands.Sbom;
using CodeAssure.Vulnerabilities.Enrichment;
using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Reports;

namespace CodeAssure.Cli.Commands.Vulns;

/// <summary>
/// <c>codeassure vulns scan &lt;sbom-file&gt;</c>: matches the SBOM's components against the local OSV index and
/// reports the findings, most urgent first; exits 1 when a finding reaches <c>--fail-on</c>.
/// </summary>
internal static class VulnsScanCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("sbom")
        {
            Description = "An SBOM file (CycloneDX or SPDX, any supported encoding), or a source folder whose SBOM is generated from its lock files.",
        };
        var db = new Option<string?>("--db") { Description = "The OSV index to use (default: the user's cache folder, as 'codeassure osv import' writes it)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, json, sarif, cyclonedx-vex.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|sarif|cyclonedx-vex",
        };
        format.AcceptOnlyFromAmong("table", "json", "sarif", "cyclonedx-vex");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 only when a finding is at or above this severity (default: any finding).",
            HelpName = "low|medium|high|critical",
        };
        failOn.AcceptOnlyFromAmong("low", "medium", "high", "critical");
        var kev = new Option<string?>("--kev") { Description = "CISA KEV catalogue (JSON; a file or an https URL) to flag known-exploited vulnerabilities." };
        var epss = new Option<string?>("--epss") { Description = "EPSS scores (CSV or .csv.gz; a file or an https URL) to weigh findings by exploit likelihood." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout." };

        var command = new Command("scan", "Match an SBOM's components against known vulnerabilities (OSV).")
        {
            input, db, format, failOn, kev, epss, output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(input)!;
            IReadOnlyList<MatchTarget> targets;
            if (Directory.Exists(path))
            {
                // A source folder: its SBOM is generated from the lock files first, as `sbom generate` would.
                var graph = await new SbomGenerator().GenerateAsync(path, cancellationToken).ConfigureAwait(false);
                foreach (var warning in graph.Warnings)
                {
                    await context.Error.WriteLineAsync($"codeassure: warning: {warning}").ConfigureAwait(false);
                }

                targets = [.. graph.Packages.Select(p => new MatchTarget(p.Purl, p.Namespace is null ? p.Name : $"{p.Namespace}/{p.Name}", p.Purl))];
            }
            else if (await SbomFile.ReadAsync(context, path).ConfigureAwait(false) is { } sbom)
            {
                targets = [.. Targets(sbom)];
            }
            else
            {
                return ExitCode.Findings;
            }

            var indexPath = parseResult.GetValue(db) is { Length: > 0 } p ? p : OsvIndexLocation.Default(Environment.GetEnvironmentVariable);
            if (!File.Exists(indexPath))
            {
                await context.Error.WriteLineAsync($"codeassure: no OSV index at {indexPath}; run 'codeassure osv import <path|url>' first").ConfigureAwait(false);
                return ExitCode.Failure;
            }

            var kevCatalog = await LoadOptionalAsync(parseResult.GetValue(kev), (s, n) => KevCatalog.LoadAsync(s, n, cancellationToken), cancellationToken).ConfigureAwait(false);
            var epssScores = await LoadOptionalAsync(parseResult.GetValue(epss), (s, n) => EpssScores.LoadAsync(new StreamReader(s), n, cancellationToken), cancellationToken).ConfigureAwait(false);

            MatchSummary summary;
            using (var index = OsvIndex.Open(indexPath))
            {
                var matcher = new VulnerabilityMatcher(new IndexAdvisorySource(index), OsvCvssScorer.Instance);
                summary = matcher.Match(targets);
            }

            if (kevCatalog is not null || epssScores is not null)
            {
                summary = summary with { Findings = FindingPriority.Sort(summary.Findings.Select(f => f.Enrich(kevCatalog, epssScores))) };
            }

            var target = parseResult.GetValue(output);
            await WriteReportAsync(context, parseResult.GetValue(format)!, path, summary, target).ConfigureAwait(false);
            if (summary.Unsupported.Count > 0)
            {
                await context.Error.WriteLineAsync($"codeassure: {summary.Unsupported.Count} component(s) not checked (no purl with a version, or an ecosystem OSV does not cover)").ConfigureAwait(false);
            }

            var threshold = parseResult.GetValue(failOn);
            var failing = threshold is null
                ? summary.Findings.Count > 0
                : SeverityScale.TryParseThreshold(threshold, out var min) && summary.Findings.Any(f => f.Severity >= min);
            return failing ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    // Every component with a purl, the metadata component included (a product can be vulnerable itself).
    private static IEnumerable<MatchTarget> Targets(SbomDocument sbom)
    {
        var components = sbom.Metadata.Component is { } root ? sbom.Components.Prepend(root) : sbom.Components;
        return components.Select(c => new MatchTarget(c.Purl ?? "", c.Group is null ? c.Name : $"{c.Group}/{c.Name}", c.BomRef))
            .DistinctBy(t => t.Purl.Length == 0 ? $"\0{t.Name}" : t.Purl);
    }

    private static async Task<T?> LoadOptionalAsync<T>(string? location, Func<Stream, string, Task<T>> load, CancellationToken cancellationToken)
        where T : class
    {
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            await using var stream = await EnrichmentSource.OpenAsync(location, http, cancellationToken).ConfigureAwait(false);
            return await load(stream, location).ConfigureAwait(false);
        }
        catch (EnrichmentFormatException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    private static async Task WriteReportAsync(CliContext context, string format, string source, MatchSummary summary, string? target)
    {
        var version = ToolVersion.Full;
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "sarif":
                SarifReportWriter.Write(buffer, summary.Findings, Path.GetFileName(source), version);
                break;
            case "cyclonedx-vex":
                CycloneDxVexWriter.Write(buffer, summary.Findings, version, context.Time);
                break;
            case "json":
                await using (var writer = new StreamWriter(buffer, leaveOpen: true))
                {
                    await Json.WriteAsync(writer, FindingsView.From(source, summary)).ConfigureAwait(false);
                }

                break;
            default:
                await using (var writer = new StreamWriter(buffer, leaveOpen: true))
                {
                    await WriteTableAsync(writer, summary).ConfigureAwait(false);
                }

                break;
        }

        if (target is null)
        {
            buffer.Position = 0;
            using var reader = new StreamReader(buffer);
            await context.Out.WriteAsync(await reader.ReadToEndAsync().ConfigureAwait(false)).ConfigureAwait(false);
            return;
        }

        // Written beside the target and renamed over it: a reader never sees half a report.
        await AtomicFile.WriteAsync(target, async (stream, ct) => await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static async Task WriteTableAsync(TextWriter writer, MatchSummary summary)
    {
        await writer.WriteLineAsync($"{summary.Findings.Count} finding(s) in {summary.Checked} component(s) checked").ConfigureAwait(false);
        if (summary.Findings.Count == 0)
        {
            return;
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"{"SEVERITY",-9} {"SCORE",5}  {"PACKAGE",-40} {"VERSION",-15} {"FIXED IN",-15} IDS").ConfigureAwait(false);
        foreach (var f in summary.Findings)
        {
            var score = f.Cvss is null ? "-" : f.Cvss.Score.ToString("0.0", CultureInfo.InvariantCulture);
            var flags = (f.Kev is null ? "" : " [KEV]") + (f.Epss is null ? "" : $" [EPSS {f.Epss.Probability.ToString("0.###", CultureInfo.InvariantCulture)}]");
            await writer.WriteLineAsync(
                $"{f.Severity.ToString().ToLowerInvariant(),-9} {score,5}  {Clip(f.Name, 40),-40} {Clip(f.Version, 15),-15} {Clip(f.FixedIn ?? "-", 15),-15} {string.Join(", ", f.Ids)}{flags}").ConfigureAwait(false);
        }
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
