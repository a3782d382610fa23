using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CodeAssure.Data;

/// <summary>A parsed database connection: the provider it is for and its connection string.</summary>
public sealed record DatabaseSettings
{
    private DatabaseSettings(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    /// <summary>The engine.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The ADO.NET connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The default: SQLite file <c>codeassure.db</c> in the data folder.</summary>
    public static DatabaseSettings ForDataDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(directory), "codeassure.db") };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>
    /// Reads a connection string and decides the provider: <c>Host=…</c> is PostgreSQL, <c>Data Source=…</c> is SQLite.
    /// The message of the exception never repeats the string, which may hold a password.
    /// </summary>
    /// <exception cref="FormatException">The string is not a connection string for either provider.</exception>
    public static DatabaseSettings Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("the database connection string is empty");
        }

        DbConnectionStringBuilder parsed;
        try
        {
            parsed = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            throw new FormatException("the database connection string is not in 'key=value; …' form");
        }

        if (parsed.ContainsKey("Host") || parsed.ContainsKey("Server"))
        {
            return new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString);
        }

        if (parsed.ContainsKey("Data Source") || parsed.ContainsKey("DataSource") || parsed.ContainsKey("Filename"))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, connectionString);
        }

        throw new FormatException("the database connection string names neither 'Host=' (PostgreSQL) nor 'Data Source=' (SQLite)");
    }

    /// <inheritdoc />
    public override string ToString() => Provider.ToString();
}
