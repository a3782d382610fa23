using System.CommandLine;
using CodeAssure.Vulnerabilities.Versions;

namespace CodeAssure.Cli.Commands.Version;

/// <summary><c>codeassure version compare|sort</c>: order package versions the way their ecosystem does.</summary>
internal static class VersionCommand
{
    public static Command Create(CliContext context) =>
        new("version", "Compare and sort package versions by an ecosystem's own rules (npm, PyPI, Maven, Debian …).")
        {
            CreateCompare(context),
            CreateSort(context),
        };

    private static Option<string> EcosystemOption() => new("--ecosystem", "-e")
    {
        Description = $"OSV ecosystem name, case-insensitive; a release suffix such as Debian:12 is allowed. One of: {string.Join(", ", VersionSchemes.Ecosystems)}.",
        HelpName = "ecosystem",
        Required = true,
    };

    private static IVersionScheme Scheme(ParseResult parseResult, Option<string> option)
    {
        var name = parseResult.GetValue(option)!;
        return VersionSchemes.TryFor(name, out var scheme)
            ? scheme
            : throw new UsageException($"unknown ecosystem '{name}' (known: {string.Join(", ", VersionSchemes.Ecosystems)})");
    }

    private static Command CreateCompare(CliContext context)
    {
        var ecosystemOption = EcosystemOption();
        var versionsArgument = new Argument<string[]>("versions")
        {
            Description = "Two versions A and B. Without them, pairs 'A B' are read from stdin, one per line.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("compare", "Print -1, 0 or 1 as version A sorts before, equal to or after version B.")
        {
            ecosystemOption,
            versionsArgument,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var scheme = Scheme(parseResult, ecosystemOption);
            var versions = parseResult.GetValue(versionsArgument) ?? [];
            if (versions.Length is not (0 or 2))
            {
                throw new UsageException($"expected two versions A and B, or none to read pairs from stdin; got {versions.Length}");
            }

            if (versions.Length == 2)
            {
                if (!scheme.TryCompare(versions[0], versions[1], out var result, out var reason))
                {
                    await context.Error.WriteLineAsync($"codeassure: {CliApp.OneLine(reason)}").ConfigureAwait(false);
                    return ExitCode.Findings;
                }

                await context.Out.WriteLineAsync(result.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
                return ExitCode.Success;
            }

            var failed = false;
            while (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                string output;
                if (fields.Length != 2)
                {
                    output = $"error: expected two versions separated by whitespace, got {fields.Length} field(s)";
                }
                else if (!scheme.TryCompare(fields[0], fields[1], out var result, out var reason))
                {
                    output = $"error: {CliApp.OneLine(reason)}";
                }
                else
                {
                    output = result.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                failed |= output.StartsWith("error:", StringComparison.Ordinal);
                await context.Out.WriteLineAsync(output).ConfigureAwait(false);
            }

            return failed ? ExitCode.Findings : ExitCode.Success;
        });
        return command;
    }

    private static Command CreateSort(CliContext context)
    {
        var ecosystemOption = EcosystemOption();
        var command = new Command("sort", "Sort the versions on stdin (one per line, blank lines ignored) from oldest to newest; equal versions keep their order.")
        {
            ecosystemOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var scheme = Scheme(parseResult, ecosystemOption);
            var versions = new List<string>();
            var number = 0;
            while (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!scheme.IsValid(line, out var reason))
                {
                    await context.Error.WriteLineAsync($"codeassure: line {number}: {CliApp.OneLine(reason)}").ConfigureAwait(false);
                    return ExitCode.Findings;
                }

                versions.Add(line.Trim());
            }

            // OrderBy is a stable sort, so versions that are equal (1.0 and 1.0.0) keep their input order.
            foreach (var version in versions.OrderBy(v => v, scheme))
            {
                await context.Out.WriteLineAsync(version).ConfigureAwait(false);
            }

            return ExitCode.Success;
        });
        return command;
    }
}
