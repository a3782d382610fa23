using Npgsql;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway database for one test: a SQLite file in a temporary folder, or a freshly created PostgreSQL database on
/// the server named by CODEASSURE_TEST_POSTGRES (dropped afterwards).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CODEASSURE_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string dataDirectory, string connectionString, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>"sqlite" always; "postgresql" too when CODEASSURE_TEST_POSTGRES is set.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresConnection is not null)
            {
                data.Add("postgresql");
            }

            return data;
        }
    }

    public static string? PostgresConnection =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "codeassure-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (provider == "sqlite")
        {
            return new TestDatabase(provider, folder, $"Data Source={Path.Combine(folder, "codeassure.db")}", null, null);
        }

        var admin = PostgresConnection ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var name = "codeassure_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(provider, folder, builder.ToString(), admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    // FORCE may only end the test role's own sessions; an autovacuum worker that happens to be in the
                    // database (another role) refuses it, and leaves within moments.
                    await Task.Delay(250);
                }
            }
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly on some systems; the temp folder is cleaned by the OS.
        }
    }
}
