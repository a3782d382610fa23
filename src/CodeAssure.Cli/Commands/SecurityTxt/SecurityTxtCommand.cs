using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CodeAssure.Checks.SecurityTxt;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.SecurityTxt;

/// <summary><c>codeassure securitytxt validate &lt;file|url|domain&gt;</c>: checks a security.txt against RFC 9116.</summary>
internal static partial class SecurityTxtCommand
{
    public static Command Create(CliContext context) =>
        new("securitytxt", "Work with security.txt files (RFC 9116), the machine-readable vulnerability disclosure contact.")
        {
            CreateValidate(context),
        };

    private static Command CreateValidate(CliContext context)
    {
        var sourceArgument = new Argument<string>("file|url")
        {
            Description = "A security.txt file ('-' reads standard input), an https URL, or a domain (tries /.well-known/security.txt, then /security.txt).",
        };
        var atOption = new Option<string?>("--at")
        {
            Description = "Judge expiry at this RFC 3339 time instead of now, e.g. 2026-01-01T00:00:00Z.",
            HelpName = "time",
        };
        var formatOption = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("validate", "Check a security.txt against RFC 9116 and list its fields and problems; exit code 1 when it is invalid, 3 when it cannot be fetched.")
        {
            sourceArgument,
            atOption,
            formatOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var source = parseResult.GetValue(sourceArgument)!;
            var format = OutputFormatOption.Parse(parseResult.GetValue(formatOption)!);
            var at = ParseAt(parseResult.GetValue(atOption));
            var (content, retrieval) = await LoadAsync(source, context, cancellationToken).ConfigureAwait(false);
            var result = SecurityTxtValidator.Validate(content, at, retrieval);
            if (format == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, SecurityTxtView.From(source, result, retrieval)).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteAsync(RenderTable(source, result, retrieval)).ConfigureAwait(false);
            }

            return result.IsValid ? ExitCode.Success : ExitCode.Findings;
        });
        return command;
    }

    private static DateTimeOffset ParseAt(string? value)
    {
        if (value is null)
        {
            return TimeProvider.System.GetUtcNow();
        }

        return Rfc3339DateTime.TryParse(value, out var at, out _)
            ? at
            : throw new UsageException($"--at '{value}' is not an RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z");
    }

    private static async Task<(byte[] Content, SecurityTxtRetrieval? Retrieval)> LoadAsync(string source, CliContext context, CancellationToken cancellationToken)
    {
        if (source == "-")
        {
            return (Encoding.UTF8.GetBytes(await context.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)), null);
        }

        if (source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var url))
            {
                throw new UsageException($"'{source}' is not a valid URL");
            }

            if (!SecurityTxtFetcher.IsAllowed(url))
            {
                throw new UsageException($"'{source}' is not https; security.txt MUST be fetched over https (RFC 9116 section 3), plain http only for localhost");
            }

            using var fetcher = new SecurityTxtFetcher();
            var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            return (fetched.Content, fetched.Retrieval);
        }

        if (File.Exists(source))
        {
            return (await ReadCappedAsync(source, cancellationToken).ConfigureAwait(false), null);
        }

        if (Directory.Exists(source))
        {
            throw new UsageException($"'{source}' is a directory, not a security.txt file");
        }

        // "security.txt" or "notes.md" missing from disk is a missing file, not a domain (no such top-level domains exist).
        if (DomainPattern().IsMatch(source) && !FileLikeSuffix().IsMatch(source))
        {
            var fetched = await FetchFromDomainAsync(source, cancellationToken).ConfigureAwait(false);
            return (fetched.Content, fetched.Retrieval);
        }

        throw new UsageException($"file not found: {source}");
    }

    private static async Task<FetchedSecurityTxt> FetchFromDomainAsync(string domain, CancellationToken cancellationToken)
    {
        // RFC 9116 section 3: /.well-known/ is the place; the top-level path is a legacy fallback only.
        var scheme = domain.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) || domain.StartsWith("127.", StringComparison.Ordinal) ? "http" : "https";
        using var fetcher = new SecurityTxtFetcher();
        try
        {
            return await fetcher.FetchAsync(new Uri($"{scheme}://{domain}/.well-known/security.txt"), cancellationToken).ConfigureAwait(false);
        }
        catch (SecurityTxtFetchException first)
        {
            try
            {
                return await fetcher.FetchAsync(new Uri($"{scheme}://{domain}/security.txt"), cancellationToken).ConfigureAwait(false);
            }
            catch (SecurityTxtFetchException second)
            {
                throw new SecurityTxtFetchException($"no security.txt found: {first.Message}; {second.Message}", second);
            }
        }
    }

    private static async Task<byte[]> ReadCappedAsync(string file, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            // One byte past the limit is enough for the validator to report the file as too large.
            var buffer = new byte[(int)Math.Min(stream.Length, SecurityTxtValidator.MaxBytes + 1L)];
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer;
        }
    }

    private static string RenderTable(string source, SecurityTxtValidationResult result, SecurityTxtRetrieval? retrieval)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var document = result.Document;
        text.AppendLine(inv, $"security.txt: {Printable(source)}");
        if (retrieval is not null)
        {
            text.AppendLine(inv, $"retrieved from: {retrieval.Url} (Content-Type: {Printable(retrieval.ContentType ?? "none")})");
        }

        text.AppendLine(document.IsSigned
            ? $"signed: yes, OpenPGP cleartext (Hash: {string.Join(", ", document.HashAlgorithms)}); the signature is not verified"
            : "signed: no");
        text.AppendLine(inv, $"evaluated at: {SecurityTxtView.Format(result.EvaluatedAt)}");
        if (document.Fields.Count > 0)
        {
            var width = Math.Min(24, document.Fields.Max(f => Printable(f.Name).Length));
            text.AppendLine("fields:");
            foreach (var field in document.Fields)
            {
                text.AppendLine(inv, $"  {field.Line,5}  {Printable(field.Name).PadRight(width)}  {Printable(field.Value)}");
            }
        }

        if (result.Problems.Count > 0)
        {
            text.AppendLine("problems:");
            foreach (var problem in result.Problems)
            {
                text.AppendLine(inv, $"  {Printable(problem.ToString())}");
            }
        }

        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        text.AppendLine(result.IsValid
            ? $"valid{(warnings > 0 ? $" ({Count(warnings, "warning")})" : "")}"
            : $"invalid: {Count(errors, "error")}{(warnings > 0 ? $", {Count(warnings, "warning")}" : "")}");
        return text.ToString();
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    // Values come from untrusted files: never let them drive the terminal (escape sequences) or flood it.
    private static string Printable(string value)
    {
        const int max = 200;
        var text = new StringBuilder(Math.Min(value.Length, max + 1));
        foreach (var c in value.Length > max ? value[..max] : value)
        {
            text.Append(char.IsControl(c) ? '\uFFFD' : c);
        }

        return value.Length > max ? text.Append('…').ToString() : text.ToString();
    }

    [GeneratedRegex(@"\.(txt|stxt|md|asc|sig|template|bak)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileLikeSuffix();

    [GeneratedRegex(@"^(localhost|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
