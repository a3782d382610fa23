using System.CommandLine;
using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Reports;
using CodeAssure.Checks.Secrets;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.Writers;
using CodeAssure.Vulnerabilities.Index;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>
/// <c>codeassure scan &lt;dir&gt;</c>: runs the repository checks and writes the evidence bundle (json), a terminal
/// summary (table), SARIF 2.1.0, Markdown or a self-contained HTML page; exits 1 when a finding reaches <c>--fail-on</c>.
/// <c>--list-checks</c> lists the checks instead (the Markdown form is docs/checks.md).
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("dir") { Description = "The repository folder to scan.", Arity = ArgumentArity.ZeroOrOne };
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Sarif, OutputFormat.Md, OutputFormat.Html);
        format.Description += " Default: table, or inferred from the -o file's extension (.json, .sarif, .md, .html).";
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
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Accepted secret findings (the baseline file `secrets scan --write-baseline` writes); they are not reported.",
        };
        var history = new Option<bool>("--history") { Description = "Also scan every line ever added in the git history for secrets (commit and author in each finding)." };
        var listChecks = new Option<bool>("--list-checks") { Description = "List every check (id, principles, claims, what it looks for, remediation) instead of scanning." };
        var upload = new Option<string?>("--upload")
        {
            Description = "Also upload the evidence bundle to this CodeAssure server (needs --token and --product) and print the link.",
            HelpName = "URL",
        };
        var token = new Option<string?>("--token") { Description = "The API token for --upload (default: environment variable CODEASSURE_TOKEN)." };
        var product = new Option<string?>("--product") { Description = "The product (name or id) the uploaded evidence is for." };
        var command = new Command("scan", "Scan a repository for evidence against the Code of Practice: checks tied to principles and claims.")
        {
            folder, format, output, role, failOn, db, testResults, exclude, baseline, history, listChecks, upload, token, product,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(output);
            var chosen = ChooseFormat(parseResult, format, target);
            if (parseResult.GetValue(listChecks))
            {
                if (chosen is OutputFormat.Sarif or OutputFormat.Html)
                {
                    throw new UsageException("--list-checks writes table, json or md");
                }

                await WriteAsync(context.Out, target, writer => ListChecksAsync(writer, chosen), cancellationToken).ConfigureAwait(false);
                return ExitCode.Success;
            }

            if (parseResult.GetValue(folder) is not { Length: > 0 } given)
            {
                throw new UsageException("the folder to scan is missing: codeassure scan <dir>");
            }

            var root = Path.GetFullPath(given);
            if (!Directory.Exists(root))
            {
                throw new UsageException($"folder not found: {given}");
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

            var uploadTarget = UploadTarget(parseResult.GetValue(upload), parseResult.GetValue(token), parseResult.GetValue(product));
            var catalog = context.Catalog;
            catalog.TryGetRole(parseResult.GetValue(role)!, out var stakeholder);
            var index = parseResult.GetValue(db) is { Length: > 0 } p ? p : OsvIndexLocation.Default(Environment.GetEnvironmentVariable);
            var excluded = ScanContext.ReadIgnoreFile(root).Concat(parseResult.GetValue(exclude) ?? []).ToList();
            var scanContext = new ScanContext(root, context.Time, index, parseResult.GetValue(testResults) ?? [], excluded)
            {
                ScanGitHistory = parseResult.GetValue(history),
                SecretBaseline = accepted,
            };

            var progress = TerminalProgress.IsTerminal(context.Error) ? new TerminalProgress(context.Error) : null;
            EvidenceBundle bundle;
            try
            {
                bundle = await new EvidenceScanner().ScanAsync(scanContext, catalog, stakeholder!, ToolVersion.Release, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                progress?.Clear();
            }

            await WriteAsync(context.Out, target, writer => WriteReportAsync(writer, bundle, catalog, chosen), cancellationToken).ConfigureAwait(false);
            if (uploadTarget is { } u)
            {
                var link = await EvidenceUploader.UploadAsync(u.Server, u.Token, u.Product, bundle, cancellationToken).ConfigureAwait(false);
                // The link goes to stdout unless stdout carries the report itself.
                var linkWriter = target is null && chosen != OutputFormat.Table ? context.Error : context.Out;
                await linkWriter.WriteLineAsync($"uploaded: {link}").ConfigureAwait(false);
            }

            var threshold = parseResult.GetValue(failOn);
            var highest = EvidenceScanner.HighestLevel(bundle);
            var failing = threshold != "none" && highest is { } level && level >= Enum.Parse<FindingLevel>(threshold!, ignoreCase: true);
            return failing ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    // An explicit --format wins; otherwise the -o file's extension decides, and table is the default.
    private static OutputFormat ChooseFormat(ParseResult parseResult, Option<string> format, string? target)
    {
        var explicitly = parseResult.GetResult(format) is { Implicit: false };
        if (explicitly || target is null)
        {
            return OutputFormatOption.Parse(parseResult.GetValue(format)!);
        }

        var name = target.ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".sarif", StringComparison.Ordinal) || name.EndsWith(".sarif.json", StringComparison.Ordinal) => OutputFormat.Sarif,
            _ when name.EndsWith(".json", StringComparison.Ordinal) => OutputFormat.Json,
            _ when name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".markdown", StringComparison.Ordinal) => OutputFormat.Md,
            _ when name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal) => OutputFormat.Html,
            _ => OutputFormat.Table,
        };
    }

    // Stdout, or a file written atomically: a reader never sees half a report, and a failed scan leaves the old file.
    private static async Task WriteAsync(TextWriter stdout, string? target, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            await write(stdout).ConfigureAwait(false);
            return;
        }

        await AtomicFile.WriteAsync(target, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            await write(writer).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteReportAsync(TextWriter writer, EvidenceBundle bundle, CodeCatalog catalog, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                await Json.WriteAsync(writer, bundle).ConfigureAwait(false);
                break;
            case OutputFormat.Sarif:
                await using (var stream = new TextWriterStream(writer))
                {
                    SarifEvidenceWriter.Write(stream, bundle);
                }

                break;
            case OutputFormat.Md:
                await MarkdownEvidenceWriter.WriteAsync(writer, bundle, catalog).ConfigureAwait(false);
                break;
            case OutputFormat.Html:
                await HtmlEvidenceWriter.WriteAsync(writer, bundle, catalog).ConfigureAwait(false);
                break;
            default:
                await ScanTable.WriteAsync(writer, bundle, catalog).ConfigureAwait(false);
                break;
        }
    }

    private static async Task ListChecksAsync(TextWriter writer, OutputFormat format)
    {
        var descriptors = EvidenceScanner.AllChecks.Select(c => c.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        switch (format)
        {
            case OutputFormat.Md:
                await CheckListWriter.WriteMarkdownAsync(writer, descriptors).ConfigureAwait(false);
                break;
            case OutputFormat.Json:
                await Json.WriteAsync(writer, descriptors.Select(d => new
                {
                    d.Id,
                    d.Title,
                    Principles = d.Principles.Select(p => p.ToString()),
                    Claims = d.Claims.Select(c => c.ToString()),
                    d.LooksFor,
                    d.Remediation,
                })).ConfigureAwait(false);
                break;
            default:
                foreach (var d in descriptors)
                {
                    await writer.WriteLineAsync($"{d.Id,-16} {d.Title,-48} principles {string.Join(", ", d.Principles)}; claims {string.Join(", ", d.Claims)}").ConfigureAwait(false);
                }

                break;
        }
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
}
