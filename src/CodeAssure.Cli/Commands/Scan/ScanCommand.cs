using System.CommandLine;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.Writers;
using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>
/// <c>codeassure scan &lt;dir&gt;</c>: runs the repository checks and writes the evidence bundle (JSON) or a per-theme
/// summary (table); exits 1 when a finding reaches <c>--fail-on</c>.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("dir") { Description = "The repository folder to scan." };
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout." };
        var role = new Option<string>("--role")
        {
            Description = "The organisation's stakeholder role, which decides the applicable principles.",
            DefaultValueFactory = _ => "developer-distributor",
            HelpName = "developer-distributor|reseller|developer-only",
        };
        role.AcceptOnlyFromAmong("developer-distributor", "reseller", "developer-only");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this level (default: high).",
            HelpName = "low|medium|high|critical|none",
            DefaultValueFactory = _ => "high",
        };
        failOn.AcceptOnlyFromAmong("low", "medium", "high", "critical", "none");
        var db = new Option<string?>("--db") { Description = "The OSV index for the known-vulnerability check (default: the user's cache)." };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out paths matching this pattern (gitignore syntax; repeatable), in addition to .codeassureignore.",
        };
        var testResults = new Option<string[]>("--test-results")
        {
            Description = "Test results (TRX, JUnit XML) and coverage (Cobertura) files to include as evidence.",
            AllowMultipleArgumentsPerToken = true,
        };
        var upload = new Option<string?>("--upload")
        {
            Description = "Also upload the evidence bundle to this CodeAssure server (needs --token and --product) and print the link.",
            HelpName = "URL",
        };
        var token = new Option<string?>("--token") { Description = "The API token for --upload (default: environment variable CODEASSURE_TOKEN)." };
        var product = new Option<string?>("--product") { Description = "The product (name or id) the uploaded evidence is for." };
        var command = new Command("scan", "Scan a repository for evidence against the Code of Practice: checks tied to principles and claims.")
        {
            folder, format, output, role, failOn, db, testResults, exclude, upload, token, product,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = Path.GetFullPath(parseResult.GetValue(folder)!);
            if (!Directory.Exists(root))
            {
                throw new UsageException($"folder not found: {parseResult.GetValue(folder)}");
            }

            var uploadTarget = UploadTarget(parseResult.GetValue(upload), parseResult.GetValue(token), parseResult.GetValue(product));
            var catalog = context.Catalog;
            catalog.TryGetRole(parseResult.GetValue(role)!, out var stakeholder);
            var index = parseResult.GetValue(db) is { Length: > 0 } p ? p : OsvIndexLocation.Default(Environment.GetEnvironmentVariable);
            var excluded = ScanContext.ReadIgnoreFile(root).Concat(parseResult.GetValue(exclude) ?? []).ToList();
            var scanContext = new ScanContext(root, context.Time, index, parseResult.GetValue(testResults) ?? [], excluded);
            var bundle = await new EvidenceScanner().ScanAsync(scanContext, catalog, stakeholder!, ToolVersion.Release, cancellationToken).ConfigureAwait(false);

            var target = parseResult.GetValue(output);
            var json = OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json;
            if (target is null)
            {
                await Write(context.Out, bundle, json).ConfigureAwait(false);
            }
            else
            {
                await AtomicFile.WriteAsync(target, async (stream, ct) =>
                {
                    await using var writer = new StreamWriter(stream, leaveOpen: true);
                    await Write(writer, bundle, json).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
            }

            if (uploadTarget is { } u)
            {
                var link = await EvidenceUploader.UploadAsync(u.Server, u.Token, u.Product, bundle, cancellationToken).ConfigureAwait(false);
                // The link goes to stdout unless stdout carries the JSON bundle.
                var linkWriter = json && target is null ? context.Error : context.Out;
                await linkWriter.WriteLineAsync($"uploaded: {link}").ConfigureAwait(false);
            }

            var threshold = parseResult.GetValue(failOn);
            var highest = EvidenceScanner.HighestLevel(bundle);
            var failing = threshold != "none" && highest is { } level && level >= Enum.Parse<FindingLevel>(threshold!, ignoreCase: true);
            return failing ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    private static (Uri Server, string Token, string Product)? UploadTarget(string? server, string? token, string? product)
    {
        if (server is null)
        {
            return token is null && product is null ? null : throw new UsageException("--token and --product only go with --upload");
        }

        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--upload: '{server}' is not an http or https URL");
        }

        token ??= Environment.GetEnvironmentVariable("CODEASSURE_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new UsageException("--upload needs an API token: --token or the CODEASSURE_TOKEN environment variable");
        }

        if (string.IsNullOrWhiteSpace(product))
        {
            throw new UsageException("--upload needs --product (the product's name or id on the server)");
        }

        return (uri, token.Trim(), product.Trim());
    }

    private static Task Write(TextWriter writer, EvidenceBundle bundle, bool json) =>
        json ? Json.WriteAsync(writer, bundle) : ScanTable.WriteAsync(writer, bundle);
}
