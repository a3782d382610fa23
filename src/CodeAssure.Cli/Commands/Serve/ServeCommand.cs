using System.CommandLine;
using CodeAssure.Data;
using CodeAssure.Web;

namespace CodeAssure.Cli.Commands.Serve;

/// <summary><c>codeassure serve</c>: runs the assurance server (SQLite in a local data folder by default).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated.",
            DefaultValueFactory = _ => ServerOptions.DefaultUrl,
            HelpName = "URL",
        };
        var data = DatabaseOptions.Data();
        var database = DatabaseOptions.Database();
        var command = new Command("serve", "Run the CodeAssure server: pages, API, first-run setup link on the console.") { urls, data, database };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var connection = DatabaseOptions.ConnectionString(parseResult, database);
            if (connection is not null)
            {
                DatabaseOptions.Settings(connection, ".");
            }

            foreach (var url in parseResult.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new UsageException($"--urls: '{url}' is not an http or https URL");
                }
            }

            var options = new ServerOptions
            {
                Urls = parseResult.GetValue(urls)!,
                DataDirectory = parseResult.GetValue(data),
                ConnectionString = connection,
                Console = context.Out,
                Time = context.Time,
            };
            try
            {
                await CodeAssureServer.RunAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM: a normal stop.
            }

            return ExitCode.Success;
        });
        return command;
    }
}
