using System.Globalization;
using System.Text.Json;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CodeAssure.Data.Audit;

/// <summary>Turns the tracked changes about to be saved into audit entries (without sequence and hashes yet).</summary>
internal static class AuditRecorder
{
    // Only these properties of a user are logged: never password hashes, security stamps or failed-attempt counters.
    private static readonly HashSet<string> UserProperties = new(StringComparer.Ordinal)
    {
        nameof(AppUser.Id), nameof(AppUser.UserName), nameof(AppUser.Email), nameof(AppUser.TwoFactorEnabled),
        nameof(AppUser.IsServerAdmin), nameof(AppUser.LockoutEnd),
    };

    // Token hashes are not secrets, but nothing is gained by copying them into the log.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        nameof(ApiToken.TokenHash), nameof(SetupToken.TokenHash), nameof(StoredEvidenceBundle.Content),
        "ProtectedSecret", "ProtectedPrivateKey", "Envelope",
    };

    public static List<AuditEntry> Collect(ChangeTracker tracker, string actor, DateTimeOffset at)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || !IsAudited(entry.Entity) ||
                entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var properties = entry.Properties.Where(p => Include(entry.Entity, p.Metadata.Name)).ToList();
            if (entry.State == EntityState.Modified && !properties.Any(p => p.IsModified))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Canonical(properties, p => p.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Canonical(properties, p => p.CurrentValue);
            entries.Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                OrganisationId = OrganisationOf(entry),
                Action = entry.State switch { EntityState.Added => "created", EntityState.Deleted => "deleted", _ => "updated" },
                EntityType = entry.Entity.GetType().Name,
                EntityId = Format(entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue) ?? "",
                Before = before,
                After = after,
                PreviousHash = "",
                Hash = "",
            });
        }

        return entries;
    }

    // Every entity of the model is audited except the machinery: the log itself, delivery queues and their attempts,
    // background jobs, and SBOM components (thousands per upload; the SBOM row with its digest is audited instead).
    private static readonly HashSet<string> NotAudited = new(StringComparer.Ordinal)
    {
        "AuditEntry", "OutboxMessage", "DeliveryAttempt", "NotificationEvent", "BackgroundJob", "ReleaseComponent",
    };

    private static bool IsAudited(object entity) =>
        entity is AppUser ||
        (entity.GetType().Namespace == typeof(Organisation).Namespace && !NotAudited.Contains(entity.GetType().Name));

    private static bool Include(object entity, string property) =>
        !Hidden.Contains(property) && (entity is not AppUser || UserProperties.Contains(property));

    private static Guid? OrganisationOf(EntityEntry entry) => entry.Entity switch
    {
        Organisation o => o.Id,
        _ => entry.Metadata.FindProperty("OrganisationId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null,
    };

    private static string Canonical(List<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var sorted = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            sorted[property.Metadata.Name] = Format(value(property));
        }

        return JsonSerializer.Serialize(sorted);
    }

    // Every value becomes a string in one invariant format, so the JSON is the same whatever the provider returns.
    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset t => AuditHash.FormatTime(t),
        DateTime d => AuditHash.FormatTime(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        // File contents are recorded by digest: the log proves which bytes were stored without copying them.
        byte[] bytes => "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
