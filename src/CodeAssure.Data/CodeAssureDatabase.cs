using CodeAssure.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Data;

/// <summary>Sets up the model for a provider: registration for the web app, direct contexts for the CLI, migration.</summary>
public static class CodeAssureDatabase
{
    /// <summary>Registers <see cref="CodeAssureDbContext"/> for the provider the settings name.</summary>
    public static IServiceCollection AddCodeAssureDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == DatabaseProvider.PostgreSql
            ? services.AddDbContext<CodeAssureDbContext, PostgreSqlCodeAssureDbContext>(o => Configure(o, settings))
            : services.AddDbContext<CodeAssureDbContext, SqliteCodeAssureDbContext>(o => Configure(o, settings));
    }

    /// <summary>Makes a context outside dependency injection (the CLI), attributing changes to <c>system</c>.</summary>
    public static CodeAssureDbContext CreateContext(DatabaseSettings settings, IAuditActorSource? actor = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlCodeAssureDbContext>();
            Configure(builder, settings);
            return new PostgreSqlCodeAssureDbContext(builder.Options, actor, time);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<SqliteCodeAssureDbContext>();
            Configure(builder, settings);
            return new SqliteCodeAssureDbContext(builder.Options, actor, time);
        }
    }

    /// <summary>Points options at the provider; the SQLite file's folder is created if missing.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(settings.ConnectionString);
        }
        else
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            options.UseSqlite(settings.ConnectionString);
        }
    }

    /// <summary>Applies the provider's pending migrations (never EnsureCreated: the schema evolves by migration).</summary>
    public static Task MigrateAsync(CodeAssureDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.MigrateAsync(cancellationToken);
    }
}
