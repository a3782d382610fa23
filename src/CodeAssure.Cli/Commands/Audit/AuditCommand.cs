using System.CommandLine;
using CodeAssure.Cli.Commands.Serve;
using CodeAssure.Cli.Output;
using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Web;
using Microsoft.Data.Sqlite;

namespace CodeAssure.Cli.Commands.Audit;

/// <summary><c>codeassure audit verify</c>: recomputes the server's audit hash chain; exit 1 when it was tampered with.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var data = DatabaseOptions.Data();
        var database = DatabaseOptions.Database();
        var format = OutputFormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var verify = new Command("verify", "Recompute the audit log's hash chain from the first entry; exit 1 if any entry was changed, removed or reordered.")
        {
            data, database, format,
        };
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            var connection = DatabaseOptions.ConnectionString(parseResult, database);
            var directory = Path.GetFullPath(parseResult.GetValue(data) ?? ServerOptions.DefaultDataDirectory);
            var settings = DatabaseOptions.Settings(connection, directory);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // Opening a missing SQLite file would create an empty one and report a "valid" empty chain.
                var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
                if (!File.Exists(file))
                {
                    throw new UsageException($"no CodeAssure database at {file} (use --data or --database)");
                }
            }

            await using var db = CodeAssureDatabase.CreateContext(settings);
            var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken).ConfigureAwait(false);
            if (OutputFormatOption.Parse(parseResult.GetValue(format)!) == OutputFormat.Json)
            {
                await Json.WriteAsync(context.Out, new
                {
                    intact = result.IsIntact,
                    verifiedEntries = result.VerifiedEntries,
                    brokenAt = result.BrokenAt,
                    problem = result.Problem,
                    head = result.LastHash,
                }).ConfigureAwait(false);
            }
            else if (result.IsIntact)
            {
                await context.Out.WriteLineAsync($"audit log intact: {result.VerifiedEntries} entries, head {result.LastHash}").ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"audit log TAMPERED at entry {result.BrokenAt}: {result.Problem} ({result.VerifiedEntries} entries verified before it)").ConfigureAwait(false);
            }

            return result.IsIntact ? ExitCode.Success : ExitCode.Findings;
        });
        return new Command("audit", "The server's audit log.") { verify };
    }
}
