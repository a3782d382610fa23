using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reads one supplier's portal — CSAF advisories, support.json, incidents.json — into the register, in three stages
/// with one SaveChanges each, so a failing stage keeps what the others (and earlier runs) stored. Records when the
/// portal was last read successfully and, otherwise, what went wrong (<see cref="Supplier.LastSyncError"/>).
/// </summary>
internal sealed class SupplierFeedSync(
    CodeAssureDbContext db, TimeProvider time, SupplierCsafFeed csaf, SupplierSupportFeed support, SupplierIncidentFeed incidents)
{
    /// <summary>Reads the portal of supplier <paramref name="supplierId"/> of organisation <paramref name="organisationId"/>; null when there is no such supplier.</summary>
    public async Task<SupplierSyncResult?> SyncAsync(Guid organisationId, Guid supplierId, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.FirstOrDefaultAsync(s => s.Id == supplierId && s.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        if (supplier is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(supplier.PortalUrl))
        {
            return await FinishAsync(supplier, ["The supplier has no portal address to read."], 0, 0, now, cancellationToken).ConfigureAwait(false);
        }

        SupplierPortalAddress portal;
        try
        {
            portal = SupplierPortalAddress.Parse(supplier.PortalUrl);
        }
        catch (FormatException e)
        {
            return await FinishAsync(supplier, [e.Message], 0, 0, now, cancellationToken).ConfigureAwait(false);
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false);
        var products = await db.SupplierProducts.Where(p => p.SupplierId == supplier.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.SupplierAlerts.AsNoTracking().Where(a => a.SupplierId == supplier.Id).Select(a => new { a.Key, a.Detail })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recipients = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && (m.Role == OrganisationRole.Owner || m.Role == OrganisationRole.Sro))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).OfType<string>().Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var alerts = new SupplierAlertBook(db, supplier, existing.Select(e => (e.Key, e.Detail)), now);
        var run = new SupplierSyncRun(organisation, supplier, portal, products, alerts, recipients.Order(StringComparer.Ordinal).ToList(), now);

        var read = await csaf.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        await SaveStageAsync(run, "advisories", cancellationToken).ConfigureAwait(false);
        await support.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        await SaveStageAsync(run, "support dates", cancellationToken).ConfigureAwait(false);
        await incidents.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        return await FinishAsync(supplier, run.Problems, read, alerts.Raised, now, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveStageAsync(SupplierSyncRun run, string stage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another run of the same supplier (another instance, or "Sync now" during the loop) stored the same rows first.
            run.Problems.Add($"The {stage} were being read by another run at the same time; nothing of this stage was saved. Read again later.");
            db.ChangeTracker.Clear();
            db.Attach(run.Supplier);
            db.AttachRange(run.Products);
        }
    }

    private async Task<SupplierSyncResult> FinishAsync(Supplier supplier, List<string> problems, int read, int raised, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            supplier.LastSyncedAt = now;
            supplier.LastSyncError = null;
        }
        else
        {
            var line = problems.Count == 1 ? problems[0] : $"{problems[0]} (and {problems.Count - 1} more: {string.Join(" ", problems.Skip(1))})";
            supplier.LastSyncError = SupplierAlertBook.Clip(line.ReplaceLineEndings(" "), 1000);
        }

        var list = problems.ToList();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            list.Add("The incidents were being read by another run at the same time; nothing of this stage was saved.");
            db.ChangeTracker.Clear();
        }

        return new SupplierSyncResult(read, raised, list);
    }
}
