namespace CodeAssure.Web;

/// <summary>Reads <c>--urls</c>, <c>--data</c> and <c>--database</c> (and <c>ConnectionStrings__Default</c>) for <c>dotnet run</c>.</summary>
public static class ServerCommandLine
{
    /// <summary>The environment variable that holds the database connection string when <c>--database</c> is absent.</summary>
    public const string ConnectionVariable = "ConnectionStrings__Default";

    /// <summary>Builds options from arguments and the environment.</summary>
    /// <exception cref="ArgumentException">An option has no value or is unknown.</exception>
    public static ServerOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var options = new ServerOptions { ConnectionString = environment(ConnectionVariable) };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"option '{name}' needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--urls" => options with { Urls = value },
                "--data" => options with { DataDirectory = value },
                "--database" => options with { ConnectionString = value },
                _ => throw new ArgumentException($"unknown option '{name}' (expected --urls, --data or --database)"),
            };
        }

        return options;
    }
}
