using System.CommandLine;
using CodeAssure.Cli.Output;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Cli.Commands.Cvss;

/// <summary>
/// <c>codeassure cvss &lt;vector&gt;…</c>: parses and scores CVSS v2.0, v3.0, v3.1 and v4.0 vectors, one compact JSON
/// object per line. <c>-</c> reads vectors from standard input, one per line.
/// </summary>
internal static class CvssCommand
{
    private const int MaxShownVectorLength = 80;

    public static Command Create(CliContext context)
    {
        var vectorsArgument = new Argument<string[]>("vector")
        {
            Description = "CVSS vectors, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H; '-' reads one vector per line from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("cvss", "Score CVSS v2.0, v3.0, v3.1 and v4.0 vectors: base, temporal and environmental scores and severity, one JSON line per vector.")
        {
            vectorsArgument,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var arguments = parseResult.GetValue(vectorsArgument) ?? [];

            // One vector on the command line is a question with one answer: a bad one is an error on stderr.
            // Several, or a stream, are a batch: every vector gets its own line, errors included.
            if (arguments is [var single] && single != "-")
            {
                if (!TryScore(single, out var view, out var error))
                {
                    await context.Error.WriteLineAsync($"codeassure: invalid CVSS vector '{Shorten(single)}': {error}").ConfigureAwait(false);
                    return ExitCode.Findings;
                }

                await Json.WriteLineCompactAsync(context.Out, view).ConfigureAwait(false);
                return ExitCode.Success;
            }

            var anyInvalid = false;
            await foreach (var text in Vectors(arguments, context.In, cancellationToken).ConfigureAwait(false))
            {
                if (TryScore(text, out var view, out var error))
                {
                    await Json.WriteLineCompactAsync(context.Out, view).ConfigureAwait(false);
                }
                else
                {
                    anyInvalid = true;
                    await Json.WriteLineCompactAsync(context.Out, new CvssErrorView(Shorten(text), error)).ConfigureAwait(false);
                }
            }

            return anyInvalid ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    private static async IAsyncEnumerable<string> Vectors(
        string[] arguments, TextReader stdin, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument != "-")
            {
                yield return argument;
                continue;
            }

            while (await stdin.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                // Blank lines separate nothing and are skipped; surrounding spaces (and a CR from CRLF files) are not part of a vector.
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    yield return trimmed;
                }
            }
        }
    }

    private static bool TryScore(string text, out CvssScoreView? view, out string error)
    {
        try
        {
            view = CvssScoreView.From(CvssVector.Parse(text));
            error = "";
            return true;
        }
        catch (CvssFormatException e)
        {
            view = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Keeps error output short and inert when the input is huge or hostile (no terminal control sequences).</summary>
    private static string Shorten(string text)
    {
        var shown = text.Length <= MaxShownVectorLength ? text : string.Concat(text.AsSpan(0, MaxShownVectorLength), "…");
        return string.Create(shown.Length, shown, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
