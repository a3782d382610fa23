using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>The organisation's supplier alerts across suppliers (the alerts page), and acknowledging them.</summary>
internal sealed class SupplierAlertInbox(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>An alert with the names it refers to.</summary>
    public sealed record Row(SupplierAlert Alert, string Supplier, string? Product);

    /// <summary>The names of the kinds in addresses (<c>?kind=end-of-support</c>), in the order shown.</summary>
    public static IReadOnlyList<(string Name, SupplierAlertKind Kind, string Label)> Kinds { get; } =
    [
        ("advisory", SupplierAlertKind.Advisory, "Advisories"),
        ("end-of-support", SupplierAlertKind.EndOfSupport, "End of support"),
        ("incident", SupplierAlertKind.Incident, "Incidents"),
        ("stale-attestation", SupplierAlertKind.StaleAttestation, "Old attestations"),
        ("attestation-invalid", SupplierAlertKind.AttestationInvalid, "Invalid attestations"),
    ];

    /// <summary>The kind named <paramref name="name"/>, or null for none or an unknown name (every kind is shown).</summary>
    public static SupplierAlertKind? KindNamed(string? name) =>
        Kinds.Where(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)).Select(k => (SupplierAlertKind?)k.Kind).FirstOrDefault();

    /// <summary>The label of a kind.</summary>
    public static string LabelOf(SupplierAlertKind kind) => Kinds.First(k => k.Kind == kind).Label;

    /// <summary>The organisation's alerts, open or acknowledged, of one kind or all, newest first.</summary>
    public async Task<List<Row>> ListAsync(TenantContext tenant, SupplierAlertKind? kind, bool acknowledged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var query = db.SupplierAlerts.AsNoTracking().Where(a => a.OrganisationId == tenant.Id);
        query = acknowledged ? query.Where(a => a.AcknowledgedAt != null) : query.Where(a => a.AcknowledgedAt == null);
        if (kind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        var alerts = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => s.OrganisationId == tenant.Id).Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken).ConfigureAwait(false);
        var productIds = alerts.Select(a => a.SupplierProductId).OfType<Guid>().Distinct().ToList();
        var products = await db.SupplierProducts.AsNoTracking().Where(p => productIds.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.VersionInUse })
            .ToDictionaryAsync(p => p.Id, p => p.VersionInUse is null ? p.Name : p.Name + " " + p.VersionInUse, cancellationToken).ConfigureAwait(false);

        // Sorted here: SQLite cannot order by DateTimeOffset.
        return alerts.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new Row(a, suppliers.GetValueOrDefault(a.SupplierId) ?? "(removed)", a.SupplierProductId is { } p ? products.GetValueOrDefault(p) : null))
            .ToList();
    }

    /// <summary>Acknowledges an open alert of the organisation; false when there is no such open alert.</summary>
    public async Task<bool> AcknowledgeAsync(TenantContext tenant, Guid alertId, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var alert = await db.SupplierAlerts.FirstOrDefaultAsync(a => a.Id == alertId && a.OrganisationId == tenant.Id, cancellationToken).ConfigureAwait(false);
        if (alert is null || alert.AcknowledgedAt is not null)
        {
            return false;
        }

        alert.AcknowledgedAt = time.GetUtcNow();
        alert.AcknowledgedBy = SupplierAlertBook.Clip(by, 450);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
