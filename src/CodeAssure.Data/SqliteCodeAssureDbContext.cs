using CodeAssure.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <summary>The model on SQLite; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteCodeAssureDbContext(
    DbContextOptions<SqliteCodeAssureDbContext> options, IAuditActorSource? actor = null, TimeProvider? time = null)
    : CodeAssureDbContext(options, actor, time);
