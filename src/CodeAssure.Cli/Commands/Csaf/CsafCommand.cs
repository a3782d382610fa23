using System.CommandLine;
using System.Globalization;
using System.Text;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Csaf;

/// <summary><c>codeassure csaf validate &lt;file&gt;…</c>: checks CSAF 2.0 advisories against the schema and the tests of section 6.</summary>
internal static class CsafCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("csaf", "Work with CSAF 2.0 security advisories (OASIS Common Security Advisory Framework).")
        {
            CreateValidate(context),
        };
        command.SetAction((Func<ParseResult, int>)(_ => throw new UsageException("a subcommand is required: 'codeassure csaf validate <file>…'")));
        return command;
    }

    private static Command CreateValidate(CliContext context)
    {
        var filesArgument = new Argument<string[]>("file")
        {
            Description = "CSAF 2.0 JSON documents to check; '-' reads one from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var formatOption = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        formatOption.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate", "Check CSAF 2.0 documents against the JSON schema and the mandatory (6.1), optional (6.2) and informative (6.3) tests; exit code 1 when a document is invalid.")
        {
            filesArgument,
            formatOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var files = parseResult.GetValue(filesArgument)!;
            if (files.Count(f => f == "-") > 1)
            {
                throw new UsageException("standard input ('-') can be read only once");
            }

            var reader = new CsafReader();
            var validator = new CsafValidator(reader);
            var results = new List<(string File, CsafValidationReport Report)>();
            foreach (var file in files)
            {
                var content = await ReadAsync(file, reader, context, cancellationToken).ConfigureAwait(false);
                results.Add((file, content.Error is { } error ? new CsafValidationReport(error, [], [], null) : validator.Validate(content.Bytes)));
            }

            if (parseResult.GetValue(formatOption) == "json")
            {
                await Json.WriteAsync(context.Out, CsafValidationView.From(results)).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteAsync(RenderText(results)).ConfigureAwait(false);
            }

            return results.All(r => r.Report.IsValid) ? ExitCode.Success : ExitCode.Findings;
        });
        return command;
    }

    private static async Task<(byte[] Bytes, string? Error)> ReadAsync(string file, CsafReader reader, CliContext context, CancellationToken cancellationToken)
    {
        if (file == "-")
        {
            var text = await context.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var bytes = Encoding.UTF8.GetBytes(text);
            return bytes.LongLength > reader.MaxBytes ? ([], $"the document is larger than the limit of {reader.MaxBytes} bytes") : (bytes, null);
        }

        if (!File.Exists(file))
        {
            throw new UsageException(Directory.Exists(file) ? $"'{file}' is a directory, not a CSAF file" : $"file not found: {file}");
        }

        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            return (await reader.ReadBytesAsync(stream, cancellationToken).ConfigureAwait(false), null);
        }
        catch (CsafReadException e)
        {
            return ([], e.Message);
        }
    }

    private static string RenderText(List<(string File, CsafValidationReport Report)> results)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        foreach (var (file, report) in results)
        {
            var mandatory = report.Findings.Count(f => f.Group == CsafTestGroup.Mandatory);
            var verdict = report.IsValid ? "valid" : "invalid";
            text.AppendLine(inv, $"{file}: {verdict} (schema problems: {report.SchemaProblems.Count}, mandatory: {mandatory}, optional: {report.Findings.Count(f => f.Group == CsafTestGroup.Optional)}, informative: {report.Findings.Count(f => f.Group == CsafTestGroup.Informative)})");
            if (report.ReadError is { } readError)
            {
                text.AppendLine(inv, $"  error: {readError}");
            }

            foreach (var problem in report.SchemaProblems)
            {
                text.AppendLine(inv, $"  schema {(problem.Location.Length == 0 ? "/" : problem.Location)}: {problem.Message}");
            }

            if (report.TestsSkippedBecause is { } reason)
            {
                text.AppendLine(inv, $"  tests skipped: {reason}");
            }

            foreach (var finding in report.Findings)
            {
                text.AppendLine(inv, $"  {finding.TestId} {CsafValidationView.GroupName(finding.Group)} {finding.Path}: {finding.Message} ({finding.TestName})");
            }
        }

        return text.ToString();
    }
}
