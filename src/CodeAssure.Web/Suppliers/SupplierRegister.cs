using System.Globalization;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// The supplier register of one organisation: suppliers and their products in use (add, change, remove), the register
/// and detail views, and acknowledging alerts. Every query is scoped to the tenant; every change is audited by SaveChanges.
/// </summary>
internal sealed class SupplierRegister(CodeAssureDbContext db, TimeProvider time, SupplierOptions options)
{
    /// <summary>The shortest reminder period allowed.</summary>
    public const int MinMaxAgeDays = 30;

    /// <summary>The longest reminder period allowed (three years).</summary>
    public const int MaxMaxAgeDays = 1095;

    /// <summary>The register, by supplier name.</summary>
    public async Task<List<SupplierRow>> ListAsync(Guid organisationId, CancellationToken ct)
    {
        var suppliers = await db.Suppliers.AsNoTracking().Include(s => s.Products).Where(s => s.OrganisationId == organisationId)
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = suppliers.Select(s => s.Id).ToList();
        var attestations = await AttestationRows(db.SupplierAttestations.Where(a => ids.Contains(a.SupplierId)))
            .ToListAsync(ct).ConfigureAwait(false);
        var alerts = await db.SupplierAlerts.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.AcknowledgedAt == null)
            .GroupBy(a => a.SupplierId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct).ConfigureAwait(false);
        return [.. suppliers.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(s =>
        {
            var own = attestations.Where(a => a.SupplierId == s.Id).Select(a => a.Row).ToList();
            var latest = own.OrderByDescending(a => a.Age).ThenByDescending(a => a.ImportedAt).FirstOrDefault();
            var latestValid = LatestValid(own);
            (int Met, int Total)? count = latestValid is null ? null : SupplierPrinciples.Count(SupplierPrinciples.Parse(latestValid.PrinciplesJson));
            return new SupplierRow(
                s.Id, s.Name, s.PortalUrl,
                [.. s.Products.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).Select(ProductLabel)],
                count?.Met, count?.Total, latest?.IssuedAt ?? latest?.ImportedAt, latest?.IsValid, latest?.Verdict,
                alerts.GetValueOrDefault(s.Id), s.Products.Select(p => p.EndOfSupport).Where(d => d is not null).Min(),
                s.LastSyncedAt, s.LastSyncError);
        })];
    }

    /// <summary>One supplier with its products, or null when it is not in this organisation's register.</summary>
    public Task<Supplier?> FindAsync(Guid organisationId, Guid id, CancellationToken ct) =>
        db.Suppliers.Include(s => s.Products).FirstOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id, ct);

    /// <summary>Everything the detail page shows, or null when the supplier is not in this register.</summary>
    public async Task<SupplierDetail?> DetailAsync(Guid organisationId, Guid id, CancellationToken ct)
    {
        var supplier = await db.Suppliers.AsNoTracking().Include(s => s.Products)
            .FirstOrDefaultAsync(s => s.OrganisationId == organisationId && s.Id == id, ct).ConfigureAwait(false);
        if (supplier is null)
        {
            return null;
        }

        var attestations = (await AttestationRows(db.SupplierAttestations.Where(a => a.SupplierId == id)).ToListAsync(ct).ConfigureAwait(false))
            .Select(a => a.Row).OrderByDescending(a => a.ImportedAt).ToList();
        var latestValid = LatestValid(attestations);
        var alerts = await db.SupplierAlerts.AsNoTracking().Where(a => a.SupplierId == id && a.OrganisationId == organisationId)
            .ToListAsync(ct).ConfigureAwait(false);
        var advisories = await db.SupplierAdvisories.AsNoTracking().Where(a => a.SupplierId == id && a.AffectedProductIds != "")
            .ToListAsync(ct).ConfigureAwait(false);
        var products = supplier.Products.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.VersionInUse, StringComparer.Ordinal).ToList();
        var advisoryRows = advisories.OrderByDescending(a => a.CurrentReleaseDate).Select(a => new SupplierAdvisoryRow(
            a,
            [.. a.AffectedProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Guid.TryParse(p, out var g) ? products.FirstOrDefault(x => x.Id == g) : null).OfType<SupplierProduct>().Select(ProductLabel)],
            alerts.Where(x => x.Kind == SupplierAlertKind.Advisory && x.Key.StartsWith("advisory:" + a.TrackingId + ":", StringComparison.Ordinal))
                .OrderByDescending(x => x.RaisedAt).FirstOrDefault())).ToList();
        return new SupplierDetail(
            supplier, products, attestations, latestValid, SupplierPrinciples.Parse(latestValid?.PrinciplesJson), advisoryRows,
            [.. alerts.Where(a => a.AcknowledgedAt is null).OrderByDescending(a => a.RaisedAt)],
            [.. alerts.Where(a => a.Kind == SupplierAlertKind.Incident).OrderByDescending(a => a.RaisedAt)]);
    }

    /// <summary>For the comparison: each supplier with its products and its latest valid attestation (or none).</summary>
    public async Task<List<(Supplier Supplier, SupplierAttestationRow? LatestValid)>> LatestValidAsync(Guid organisationId, CancellationToken ct)
    {
        var suppliers = await db.Suppliers.AsNoTracking().Include(s => s.Products).Where(s => s.OrganisationId == organisationId)
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = suppliers.Select(s => s.Id).ToList();
        var attestations = await AttestationRows(db.SupplierAttestations.Where(a => ids.Contains(a.SupplierId) && a.IsValid))
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. suppliers.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => (s, LatestValid([.. attestations.Where(a => a.SupplierId == s.Id).Select(a => a.Row)])))];
    }

    /// <summary>Adds a supplier; throws <see cref="InvalidInputException"/> naming the field at fault.</summary>
    public async Task<Supplier> AddAsync(TenantContext tenant, SupplierInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(input);
        var supplier = new Supplier { Name = "", OrganisationId = tenant.Id, CreatedAt = time.GetUtcNow() };
        await ApplyAsync(tenant, supplier, input, ct).ConfigureAwait(false);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return supplier;
    }

    /// <summary>Changes a supplier; false when it is not in this register.</summary>
    public async Task<bool> UpdateAsync(TenantContext tenant, Guid id, SupplierInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(input);
        if (await FindAsync(tenant.Id, id, ct).ConfigureAwait(false) is not { } supplier)
        {
            return false;
        }

        await ApplyAsync(tenant, supplier, input, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes a supplier with its products, attestations, advisories and alerts; false when not in this register.</summary>
    public async Task<bool> DeleteAsync(TenantContext tenant, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await FindAsync(tenant.Id, id, ct).ConfigureAwait(false) is not { } supplier)
        {
            return false;
        }

        // Deleted explicitly rather than by cascade so each removal is in the audit log.
        db.SupplierAlerts.RemoveRange(await db.SupplierAlerts.Where(a => a.SupplierId == id).ToListAsync(ct).ConfigureAwait(false));
        db.SupplierAdvisories.RemoveRange(await db.SupplierAdvisories.Where(a => a.SupplierId == id).ToListAsync(ct).ConfigureAwait(false));
        db.SupplierAttestations.RemoveRange(await db.SupplierAttestations.Where(a => a.SupplierId == id).ToListAsync(ct).ConfigureAwait(false));
        db.SupplierProducts.RemoveRange(supplier.Products);
        db.Suppliers.Remove(supplier);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Adds a product in use; null when the supplier is not in this register.</summary>
    public async Task<SupplierProduct?> AddProductAsync(TenantContext tenant, Guid supplierId, SupplierProductInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(input);
        if (await FindAsync(tenant.Id, supplierId, ct).ConfigureAwait(false) is not { } supplier)
        {
            return null;
        }

        var name = Input.Required("ProductName", input.Name, 200, "The product's name");
        var version = Input.Optional("VersionInUse", input.VersionInUse, 100, "The version in use");
        var notes = Input.Optional("Notes", input.Notes, 2000, "The notes");
        if (supplier.Products.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.VersionInUse == version))
        {
            throw new InvalidInputException("ProductName", $"{name}{(version is null ? "" : " " + version)} is already listed for {supplier.Name}.");
        }

        var now = time.GetUtcNow();
        var product = new SupplierProduct { SupplierId = supplier.Id, Name = name, VersionInUse = version, Notes = notes, CreatedAt = now, MatchChangedAt = now };
        db.SupplierProducts.Add(product);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return product;
    }

    /// <summary>Changes a product in use's version and notes; false when it is not one of this register's.</summary>
    public async Task<bool> UpdateProductAsync(TenantContext tenant, Guid supplierId, Guid productId, SupplierProductInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(input);
        if (await FindAsync(tenant.Id, supplierId, ct).ConfigureAwait(false) is not { } supplier
            || supplier.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
        {
            return false;
        }

        var name = Input.Required("ProductName", input.Name ?? product.Name, 200, "The product's name");
        var version = Input.Optional("VersionInUse", input.VersionInUse, 100, "The version in use");
        var notes = Input.Optional("Notes", input.Notes, 2000, "The notes");
        if (supplier.Products.Any(p => p.Id != productId && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.VersionInUse == version))
        {
            throw new InvalidInputException("ProductName", $"{name}{(version is null ? "" : " " + version)} is already listed for {supplier.Name}.");
        }

        // A different version has different support dates and advisories: clear what was read for the old one, and
        // have the next sync match every advisory again.
        if (version != product.VersionInUse || !string.Equals(name, product.Name, StringComparison.Ordinal))
        {
            (product.EndOfSupport, product.SupportLevel, product.SupportCheckedAt) = (null, null, null);
            product.MatchChangedAt = time.GetUtcNow();
        }

        (product.Name, product.VersionInUse, product.Notes) = (name, version, notes);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Removes a product in use; false when it is not one of this register's.</summary>
    public async Task<bool> DeleteProductAsync(TenantContext tenant, Guid supplierId, Guid productId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (await FindAsync(tenant.Id, supplierId, ct).ConfigureAwait(false) is not { } supplier
            || supplier.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
        {
            return false;
        }

        db.SupplierProducts.Remove(product);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Marks an alert as seen; false when it is not this register's. Acknowledging twice keeps the first.</summary>
    public async Task<bool> AcknowledgeAsync(TenantContext tenant, Guid alertId, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var alert = await db.SupplierAlerts.FirstOrDefaultAsync(a => a.OrganisationId == tenant.Id && a.Id == alertId, ct).ConfigureAwait(false);
        if (alert is null)
        {
            return false;
        }

        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = time.GetUtcNow();
            alert.AcknowledgedBy = by;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>A product in use as shown: name and version.</summary>
    public static string ProductLabel(SupplierProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return product.VersionInUse is null ? product.Name : $"{product.Name} {product.VersionInUse}";
    }

    /// <summary>The newest valid attestation by issue time.</summary>
    public static SupplierAttestationRow? LatestValid(IEnumerable<SupplierAttestationRow> rows) =>
        rows.Where(a => a.IsValid).OrderByDescending(a => a.Age).ThenByDescending(a => a.ImportedAt).FirstOrDefault();

    private static IQueryable<AttestationWithSupplier> AttestationRows(IQueryable<SupplierAttestation> source) =>
        source.AsNoTracking().Select(a => new AttestationWithSupplier(a.SupplierId, new SupplierAttestationRow(
            a.Id, a.SupplierProductId, a.SubjectName, a.SubjectVersion, a.KeyId, a.IssuedAt, a.ValidUntil, a.IsValid, a.Verdict,
            a.SourceUrl, a.PrinciplesJson, a.ImportedAt, a.VerifiedAt, a.ImportedBy)));

    private async Task ApplyAsync(TenantContext tenant, Supplier supplier, SupplierInput input, CancellationToken ct)
    {
        var name = Input.Required("Name", input.Name, 200, "The supplier's name");
        var portal = Input.Optional("PortalUrl", input.PortalUrl, 2000, "The portal address");
        string? normalised = null;
        if (portal is not null)
        {
            SupplierPortalAddress address;
            try
            {
                address = SupplierPortalAddress.Parse(portal);
            }
            catch (FormatException e)
            {
                throw new InvalidInputException("PortalUrl", e.Message);
            }

            if (address.Portal.Scheme != Uri.UriSchemeHttps && !options.AllowHttp)
            {
                throw new InvalidInputException("PortalUrl", "The supplier's portal address must use https://, so that its keys cannot be swapped on the way.");
            }

            normalised = address.ToString();
        }

        var contact = Input.Optional("Contact", input.Contact, 500, "The contact");
        var maxAge = 365;
        if (!string.IsNullOrWhiteSpace(input.AttestationMaxAgeDays)
            && (!int.TryParse(input.AttestationMaxAgeDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out maxAge) || maxAge < MinMaxAgeDays || maxAge > MaxMaxAgeDays))
        {
            throw new InvalidInputException("AttestationMaxAgeDays", $"The attestation's maximum age must be a whole number of days from {MinMaxAgeDays} to {MaxMaxAgeDays}.");
        }

        var taken = await db.Suppliers.AsNoTracking().Where(s => s.OrganisationId == tenant.Id && s.Id != supplier.Id).Select(s => s.Name)
            .ToListAsync(ct).ConfigureAwait(false);
        if (taken.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidInputException("Name", $"A supplier named {name} is already in the register.");
        }

        (supplier.Name, supplier.PortalUrl, supplier.Contact, supplier.AttestationMaxAgeDays) = (name, normalised, contact, maxAge);
    }

    private sealed record AttestationWithSupplier(Guid SupplierId, SupplierAttestationRow Row);
}
