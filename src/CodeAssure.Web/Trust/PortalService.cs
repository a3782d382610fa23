using CodeAssure.Assurance.Dashboard;
using CodeAssure.Catalog;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Trust;

/// <summary>
/// Reads what the trust portal publishes for an organisation (only what customers may see: final advisories,
/// published incidents, signed-off assessments) and changes who may see the portal.
/// </summary>
internal sealed class PortalService(CodeAssureDbContext db, CodeCatalog catalog, ParsedAssessments parsed, TimeProvider time, PortalStamps stamps)
{
    /// <summary>How many advisories and incidents the front page lists.</summary>
    public const int FrontPageItems = 5;

    /// <summary>Today, in UTC, from the server's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<PortalOverview> OverviewAsync(Organisation organisation, CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).ToListAsync(ct).ConfigureAwait(false);
        var periods = await db.SupportPeriods.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).ToListAsync(ct).ConfigureAwait(false);
        var advisories = await AdvisoriesAsync(organisation, ct).ConfigureAwait(false);
        var incidents = await IncidentsAsync(organisation, ct).ConfigureAwait(false);
        var policy = await PolicyAsync(organisation, ct).ConfigureAwait(false);
        var assessment = await AssessmentAsync(organisation, ct).ConfigureAwait(false);
        var byProduct = periods.ToLookup(p => p.ProductId);
        var today = Today;
        var support = products
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => SupportStatus.On(p, byProduct[p.Id], today))
            .ToList();
        return new PortalOverview(support, advisories.Take(FrontPageItems).ToList(), advisories.Count, incidents.Take(FrontPageItems).ToList(), policy, assessment);
    }

    public async Task<PortalProduct?> ProductAsync(Organisation organisation, Guid productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisation.Id && p.Id == productId, ct).ConfigureAwait(false);
        if (product is null)
        {
            return null;
        }

        var periods = await db.SupportPeriods.AsNoTracking().Where(p => p.OrganisationId == organisation.Id && p.ProductId == productId).ToListAsync(ct).ConfigureAwait(false);
        var releases = await db.Releases.AsNoTracking().Where(r => r.OrganisationId == organisation.Id && r.ProductId == productId).ToListAsync(ct).ConfigureAwait(false);
        var id = productId.ToString("D");
        var advisories = (await AdvisoriesAsync(organisation, ct).ConfigureAwait(false))
            .Where(a => a.ProductIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(id, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var support = SupportStatus.On(product, periods, Today);
        var ordered = periods.OrderBy(p => p.Versions, StringComparer.Ordinal).ThenBy(p => p.StartsOn).ToList();
        return new PortalProduct(support, ordered, releases.OrderByDescending(r => r.ReleasedOn).ToList(), advisories);
    }

    /// <summary>Published (final) advisories, most recently revised first.</summary>
    public async Task<List<Advisory>> AdvisoriesAsync(Organisation organisation, CancellationToken ct)
    {
        var rows = await db.Advisories.AsNoTracking()
            .Where(a => a.OrganisationId == organisation.Id && a.Status == AdvisoryStatus.Final)
            .ToListAsync(ct).ConfigureAwait(false);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return rows.OrderByDescending(a => a.CurrentReleaseDate).ThenBy(a => a.TrackingId, StringComparer.Ordinal).ToList();
    }

    /// <summary>One published advisory by its tracking id, or null (drafts are never shown).</summary>
    public Task<Advisory?> AdvisoryAsync(Organisation organisation, string? trackingId, CancellationToken ct) =>
        string.IsNullOrEmpty(trackingId) || trackingId.Length > 100
            ? Task.FromResult<Advisory?>(null)
            : db.Advisories.AsNoTracking().FirstOrDefaultAsync(
                a => a.OrganisationId == organisation.Id && a.TrackingId == trackingId && a.Status == AdvisoryStatus.Final, ct);

    /// <summary>Published incidents, most recently started first.</summary>
    public async Task<List<Incident>> IncidentsAsync(Organisation organisation, CancellationToken ct)
    {
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => i.OrganisationId == organisation.Id && i.Published)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
    }

    public Task<DisclosurePolicy?> PolicyAsync(Organisation organisation, CancellationToken ct) =>
        db.DisclosurePolicies.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisation.Id, ct);

    /// <summary>The latest signed-off organisation-wide self-assessment, or null when none has been signed off.</summary>
    public async Task<PortalAssessment?> AssessmentAsync(Organisation organisation, CancellationToken ct)
    {
        var row = await db.AssessmentVersions.AsNoTracking()
            .Where(v => v.OrganisationId == organisation.Id && v.Scope == AssessmentVersion.OrganisationScope && v.Status == AssessmentVersion.SignedOff)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var assessment = parsed.Get(row);
        return new PortalAssessment(row, assessment, AssessmentFigures.Compute(assessment, catalog));
    }

    /// <summary>The Owner chooses who sees the portal; the change is audited by SaveChanges and the cache dropped.</summary>
    public async Task<Organisation> SetVisibilityAsync(TenantContext tenant, string? visibility, CancellationToken ct)
    {
        var value = visibility?.Trim() switch
        {
            "public" or nameof(PortalVisibility.Public) => PortalVisibility.Public,
            "customers-only" or nameof(PortalVisibility.CustomersOnly) => PortalVisibility.CustomersOnly,
            _ => throw new InvalidInputException("visibility", "Choose who can see the portal: 'public' or 'customers-only'."),
        };
        var organisation = await db.Organisations.FirstAsync(o => o.Id == tenant.Id, ct).ConfigureAwait(false);
        organisation.PortalVisibility = value;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        // Without this, a portal just made customers-only could be served from the cache for up to a second.
        stamps.Forget(organisation.Slug);
        return organisation;
    }
}
