using System.CommandLine;
using CodeAssure.Catalog;
using CodeAssure.Cli.Commands.Catalog;
using CodeAssure.Cli.Commands.Scan;
using CodeAssure.Cli.Commands.Vulns;
using CodeAssure.Cli.Commands.Purl;
using CodeAssure.Cli.Commands.Cvss;
using CodeAssure.Cli.Commands.Sbom;
using CodeAssure.Cli.Commands.Osv;
using CodeAssure.Cli.Commands.Version;
using CodeAssure.Cli.Commands.SecurityTxt;
using CodeAssure.Cli.Commands.Secrets;
using CodeAssure.Cli.Commands.Serve;
using CodeAssure.Cli.Commands.Audit;

namespace CodeAssure.Cli;

/// <summary>
/// The <c>codeassure</c> command line: builds the command tree, and turns every outcome into one of the documented
/// exit codes with at most one line on stderr — never a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line with the given arguments and streams; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliContext(stdin, stdout, stderr, CodeCatalog.LoadEmbedded));

    internal static async Task<int> RunAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var command = parseResult.CommandResult.Command;
            var path = command == root ? "codeassure" : CommandPath(parseResult);
            await context.Error.WriteLineAsync($"codeassure: {OneLine(parseResult.Errors[0].Message)} (see '{path} --help')").ConfigureAwait(false);
            return ExitCode.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"codeassure: {OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCode.Usage;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("codeassure: cancelled").ConfigureAwait(false);
            return ExitCode.Failure;
        }
#pragma warning disable CA1031 // The one place every failure becomes exit code 3 and a single line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"codeassure: {OneLine(e.Message)}").ConfigureAwait(false);
            return ExitCode.Failure;
        }
    }

    private static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("CodeAssure: meet, prove and keep meeting the UK Software Security Code of Practice.")
        {
            CatalogCommand.Create(context),
            PurlCommand.Create(context),
            SbomCommand.Create(context),
            VersionCommand.Create(context),
            CvssCommand.Create(context),
            OsvCommand.Create(context),
            VulnsCommand.Create(context),
            SecurityTxtCommand.Create(context),
            ScanCommand.Create(context),
            SecretsCommand.Create(context),
            ServeCommand.Create(context),
            AuditCommand.Create(context),
            Commands.Csaf.CsafCommand.Create(context),
            Commands.Attest.AttestCommand.Create(context),
        };
        root.SetAction((Func<ParseResult, int>)(_ => throw new UsageException("a command is required, e.g. 'codeassure catalog' (see 'codeassure --help')")));
        return root;
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        names[0] = "codeassure";
        return string.Join(' ', names);
    }

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
