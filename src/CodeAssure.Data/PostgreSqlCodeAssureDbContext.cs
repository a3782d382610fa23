using CodeAssure.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Data;

/// <summary>The model on PostgreSQL; its migrations are in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlCodeAssureDbContext(
    DbContextOptions<PostgreSqlCodeAssureDbContext> options, IAuditActorSource? actor = null, TimeProvider? time = null)
    : CodeAssureDbContext(options, actor, time);
