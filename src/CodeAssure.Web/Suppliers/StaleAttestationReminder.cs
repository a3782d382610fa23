using System.Globalization;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reminds an organisation to ask a supplier for a new attestation: when the supplier's latest valid attestation is older
/// than its <see cref="Supplier.AttestationMaxAgeDays"/> (or there is none although the supplier has been in the register
/// that long) a <see cref="SupplierAlertKind.StaleAttestation"/> alert is raised once per attestation, and the
/// organisation's Owners and SROs are emailed in the same save. The alert's unique key makes a second server instance's
/// attempt fail harmlessly.
/// </summary>
internal sealed class StaleAttestationReminder(CodeAssureDbContext db, TimeProvider time, NotificationQueue queue)
{
    /// <summary>Runs one pass over every register; returns how many reminders were raised.</summary>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        var organisations = await db.Suppliers.AsNoTracking().Select(s => s.OrganisationId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var raised = 0;
        foreach (var organisationId in organisations)
        {
            raised += await RemindOrganisationAsync(organisationId, ct).ConfigureAwait(false);
        }

        return raised;
    }

    private async Task<int> RemindOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => s.OrganisationId == organisationId).ToListAsync(ct).ConfigureAwait(false);
        var ids = suppliers.Select(s => s.Id).ToList();
        var valid = await db.SupplierAttestations.AsNoTracking().Where(a => ids.Contains(a.SupplierId) && a.IsValid)
            .Select(a => new { a.Id, a.SupplierId, a.SubjectName, a.IssuedAt, a.ImportedAt }).ToListAsync(ct).ConfigureAwait(false);
        var keys = await db.SupplierAlerts.AsNoTracking().Where(a => a.OrganisationId == organisationId && a.Kind == SupplierAlertKind.StaleAttestation)
            .Select(a => a.Key).ToListAsync(ct).ConfigureAwait(false);
        var known = keys.ToHashSet(StringComparer.Ordinal);
        var due = new List<(Supplier Supplier, string Key, string Title)>();
        foreach (var supplier in suppliers)
        {
            var limit = TimeSpan.FromDays(supplier.AttestationMaxAgeDays);
            var latest = valid.Where(a => a.SupplierId == supplier.Id).OrderByDescending(a => a.IssuedAt ?? a.ImportedAt).FirstOrDefault();
            if (latest is not null && now - (latest.IssuedAt ?? latest.ImportedAt) > limit)
            {
                due.Add((supplier, $"stale:{latest.Id}",
                    $"{supplier.Name}'s latest attestation ({latest.SubjectName}, issued {Day(latest.IssuedAt ?? latest.ImportedAt)}) is older than {supplier.AttestationMaxAgeDays} days"));
            }
            else if (latest is null && now - supplier.CreatedAt > limit)
            {
                due.Add((supplier, $"stale:none:{supplier.Id}",
                    $"No valid attestation from {supplier.Name} in the {supplier.AttestationMaxAgeDays} days since it was added"));
            }
        }

        due.RemoveAll(d => known.Contains(d.Key));
        if (due.Count == 0)
        {
            return 0;
        }

        var slug = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Slug).FirstAsync(ct).ConfigureAwait(false);
        var recipients = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && (m.Role == OrganisationRole.Owner || m.Role == OrganisationRole.Sro))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).OfType<string>().Distinct().ToListAsync(ct).ConfigureAwait(false);
        foreach (var (supplier, key, title) in due)
        {
            db.SupplierAlerts.Add(new SupplierAlert
            {
                OrganisationId = organisationId,
                SupplierId = supplier.Id,
                Kind = SupplierAlertKind.StaleAttestation,
                Key = key,
                Title = title.Length <= 500 ? title : title[..499] + "…",
                Detail = $"Ask {supplier.Name}{(supplier.Contact is null ? "" : " (" + supplier.Contact + ")")} for a new signed self-assessment attestation.",
                Url = supplier.PortalUrl,
                RaisedAt = now,
            });
            foreach (var to in recipients)
            {
                queue.Email(organisationId, to, "Supplier attestation out of date: " + supplier.Name,
                    $"""
                    {title}.

                    Ask the supplier for a new signed self-assessment attestation and import it in the supplier register:
                    /orgs/{slug}/suppliers/{supplier.Id}
                    """);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance raised these first; its alerts and emails stand, ours roll back together.
            db.ChangeTracker.Clear();
            return 0;
        }

        return due.Count;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
