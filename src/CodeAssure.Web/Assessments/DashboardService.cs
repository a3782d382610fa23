using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Assessments;

/// <summary>
/// Builds the dashboard of an organisation. A view served from <see cref="DashboardCache"/> costs one indexed query
/// (the organisation's latest audit entry); computing it reads the products, the assessments and the support lifecycle.
/// </summary>
internal sealed class DashboardService(
    CodeAssureDbContext db, AssessmentService assessments, ProductService products, SupportService support, DashboardCache cache, TimeProvider time)
{
    public async Task<DashboardView> LoadAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var fingerprint = new DashboardFingerprint(today, await LatestChangeAsync(tenant.Id, cancellationToken).ConfigureAwait(false));
        if (cache.Find(tenant.Id, fingerprint) is { } cached)
        {
            return cached;
        }

        var view = await ComputeAsync(tenant, today, cancellationToken).ConfigureAwait(false);
        cache.Store(tenant.Id, fingerprint, view);
        return view;
    }

    // Every save of an organisation's products, assessment versions, support policies and periods appends an audit
    // entry carrying the organisation's id in the same transaction (CodeAssureDbContext.SaveChangesAsync), and the
    // sequence only grows, so the latest one changes whenever anything the dashboard shows changes. Newest first on
    // the (OrganisationId, Sequence) index: one index seek whatever the size of the log.
    private Task<long> LatestChangeAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId)
            .OrderByDescending(e => e.Sequence)
            .Select(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<DashboardView> ComputeAsync(TenantContext tenant, DateOnly today, CancellationToken cancellationToken)
    {
        var list = await products.ListAsync(tenant, cancellationToken).ConfigureAwait(false);
        var versions = await assessments.VersionsAsync(tenant, null, cancellationToken).ConfigureAwait(false);
        // The latest version is the current one; reading it from the list saves a query.
        var assessment = versions.Count > 0
            ? assessments.ParseShared(versions[^1])
            : await assessments.CurrentAsync(tenant, null, cancellationToken).ConfigureAwait(false);
        var catalog = assessments.Catalog;
        var figures = AssessmentFigures.Compute(assessment, catalog);
        var gaps = GapList.For(assessment, catalog, today);
        var progress = Progress.Over(versions.Select(assessments.ParseShared));
        ProductComparison? comparison = null;
        if (list.Count > 0)
        {
            // A product nobody has assessed yet would show as 0 everywhere, which reads as "assessed and failing".
            var latest = await assessments.LatestPerProductAsync(tenant, cancellationToken).ConfigureAwait(false);
            var rows = list
                .Where(p => latest.ContainsKey(p.Id))
                .Select(p => new KeyValuePair<string, Assessment>(p.Name, latest[p.Id]))
                .ToList();
            comparison = rows.Count == 0 ? null : ProductComparison.Compare(rows, catalog);
        }

        // The support gaps depend on the products, their policies and periods (all audited) and on the day.
        var supportGaps = await support.SupportGapsAsync(tenant.Id, cancellationToken).ConfigureAwait(false);
        return new DashboardView(assessment, figures, gaps, progress, list, comparison, supportGaps);
    }
}
