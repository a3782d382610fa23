using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.AuditLog;

/// <summary>Reads one organisation's audit entries, newest first, filtered by action, entity type and actor; paged by sequence.</summary>
internal static class AuditLogQuery
{
    public const int PageSize = 100;

    public static Task<List<AuditEntry>> ListAsync(
        CodeAssureDbContext db, TenantContext tenant, string? action, string? entityType, string? actor, long? before, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.OrganisationId == tenant.Id);
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(e => e.Action == action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(e => e.Actor == actor.Trim());
        }

        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }

        return query.OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync(cancellationToken);
    }
}
