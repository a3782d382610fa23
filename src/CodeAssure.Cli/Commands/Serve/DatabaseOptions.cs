using System.CommandLine;
using CodeAssure.Data;
using CodeAssure.Web;

namespace CodeAssure.Cli.Commands.Serve;

/// <summary>The <c>--data</c> and <c>--database</c> options shared by <c>serve</c> and <c>audit verify</c>.</summary>
internal static class DatabaseOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "The data folder (SQLite database, keys). Default: codeassure-data under the user's local application data.",
        HelpName = "DIR",
    };

    public static Option<string?> Database() => new("--database")
    {
        Description = "A database connection string ('Data Source=…' for SQLite, 'Host=…' for PostgreSQL); default: ConnectionStrings__Default, else SQLite in the data folder.",
        HelpName = "CONNECTION",
    };

    /// <summary>The connection string from the option or the environment, or null for the data folder's SQLite file.</summary>
    public static string? ConnectionString(ParseResult parseResult, Option<string?> database) =>
        parseResult.GetValue(database) is { Length: > 0 } given
            ? given
            : Environment.GetEnvironmentVariable(ServerCommandLine.ConnectionVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    /// <summary>Parses the settings, turning a malformed connection string into a usage error.</summary>
    public static DatabaseSettings Settings(string? connection, string dataDirectory)
    {
        try
        {
            return connection is null ? DatabaseSettings.ForDataDirectory(dataDirectory) : DatabaseSettings.Parse(connection);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
