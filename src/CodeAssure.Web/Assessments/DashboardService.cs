using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;

namespace CodeAssure.Web.Assessments;

/// <summary>Builds the dashboard of an organisation (three queries, whatever the number of products).</summary>
internal sealed class DashboardService(AssessmentService assessments, ProductService products, TimeProvider time)
{
    public async Task<DashboardView> LoadAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var versions = await assessments.VersionsAsync(tenant, null, cancellationToken).ConfigureAwait(false);
        // The latest version is the current one; reading it from the list saves a query on every dashboard view.
        var assessment = versions.Count > 0
            ? assessments.ParseShared(versions[^1])
            : await assessments.CurrentAsync(tenant, null, cancellationToken).ConfigureAwait(false);
        var catalog = assessments.Catalog;
        var figures = AssessmentFigures.Compute(assessment, catalog);
        var gaps = GapList.For(assessment, catalog, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var progress = Progress.Over(versions.Select(assessments.ParseShared));
        var list = await products.ListAsync(tenant, cancellationToken).ConfigureAwait(false);
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

        return new DashboardView(assessment, figures, gaps, progress, list, comparison);
    }
}
