using System.CommandLine;
using CodeAssure.Cli.Output;
using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Cli.Commands.Purl;

/// <summary><c>codeassure purl parse</c>: checks package URLs and prints their decoded components and canonical form.</summary>
internal static class PurlCommand
{
    public static Command Create(CliContext context) =>
        new("purl", "Work with package URLs (purl, ECMA-427): parse, check and normalise them.")
        {
            CreateParse(context),
        };

    private static Command CreateParse(CliContext context)
    {
        var purlArgument = new Argument<string[]>("purl")
        {
            Description = "One or more package URLs, e.g. pkg:npm/%40angular/core@17.0.0; '-' alone reads one per line from stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "parse",
            "Parse package URLs; print one compact JSON object per purl (components and canonical form). Exit 1 if any is invalid.")
        {
            purlArgument,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var purls = parseResult.GetValue(purlArgument) ?? [];
            if (purls.Length == 1 && purls[0] == "-")
            {
                return await ParseBatchAsync(context, ReadLinesAsync(context.In, cancellationToken)).ConfigureAwait(false);
            }

            if (purls.Contains("-"))
            {
                throw new UsageException("'-' (read purls from stdin) must be the only argument");
            }

            if (purls.Length == 1)
            {
                return await ParseOneAsync(context, purls[0]).ConfigureAwait(false);
            }

            return await ParseBatchAsync(context, purls.ToAsyncEnumerable()).ConfigureAwait(false);
        });
        return command;
    }

    // A single purl: a clean answer on stdout, or the reason on stderr.
    private static async Task<int> ParseOneAsync(CliContext context, string input)
    {
        if (!PackageUrl.TryParse(input, out var purl, out var error))
        {
            await context.Error.WriteLineAsync($"codeassure: invalid purl '{Printable(input)}': {error}").ConfigureAwait(false);
            return ExitCode.Findings;
        }

        await Json.WriteLineCompactAsync(context.Out, PurlView.From(purl)).ConfigureAwait(false);
        return ExitCode.Success;
    }

    // Several purls: one line of output per input, in order, so results line up with inputs; errors are lines too.
    private static async Task<int> ParseBatchAsync(CliContext context, IAsyncEnumerable<string> inputs)
    {
        var exitCode = ExitCode.Success;
        await foreach (var input in inputs.ConfigureAwait(false))
        {
            if (PackageUrl.TryParse(input, out var purl, out var error))
            {
                await Json.WriteLineCompactAsync(context.Out, PurlView.From(purl)).ConfigureAwait(false);
            }
            else
            {
                await Json.WriteLineCompactAsync(context.Out, new PurlErrorView(input, error)).ConfigureAwait(false);
                exitCode = ExitCode.Findings;
            }
        }

        return exitCode;
    }

    private static async IAsyncEnumerable<string> ReadLinesAsync(
        TextReader reader,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    // The input echoed in a one-line message: no line breaks or other control characters, and not unbounded.
    private static string Printable(string input)
    {
        const int Limit = 200;
        var shown = input.Length > Limit ? string.Concat(input.AsSpan(0, Limit), "…") : input;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
