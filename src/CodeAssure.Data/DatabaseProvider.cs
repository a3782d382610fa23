namespace CodeAssure.Data;

/// <summary>The database engines CodeAssure runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite, embedded: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for several instances behind a load balancer.</summary>
    PostgreSql,
}
