using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;

namespace CodeAssure.Web.Assessments;

/// <summary>Builds the dashboard of an organisation (three queries, whatever the number of products).</summary>
internal sealed class DashboardService(AssessmentService assessments, ProductService products, DashboardCache cache, TimeProvider time)
{
    public async Task<DashboardView> LoadAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var list = await products.ListAsync(tenant, cancellationToken).ConfigureAwait(false);
        var digests = await assessments.VersionDigestsAsync(tenant, cancellationToken).ConfigureAwait(false);
        var fingerprint = Fingerprint(today, list, digests);
        if (cache.Find(tenant.Id, fingerprint) is { } cached)
        {
            return cached;
        }

        var view = await ComputeAsync(tenant, list, today, cancellationToken).ConfigureAwait(false);
        cache.Store(tenant.Id, fingerprint, view);
        return view;
    }

    // Everything the view is computed from: the gaps depend on the day, the comparison on product names.
    private static string Fingerprint(DateOnly today, List<Product> list, List<string> digests)
    {
        var text = new StringBuilder(today.ToString("O", CultureInfo.InvariantCulture));
        foreach (var product in list)
        {
            text.Append('\n').Append(product.Id.ToString("N")).Append(' ').Append(product.Name);
        }

        foreach (var digest in digests)
        {
            text.Append('\n').Append(digest);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private async Task<DashboardView> ComputeAsync(TenantContext tenant, List<Product> list, DateOnly today, CancellationToken cancellationToken)
    {
        var versions = await assessments.VersionsAsync(tenant, null, cancellationToken).ConfigureAwait(false);
        // The latest version is the current one; reading it from the list saves a query on every dashboard view.
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

        return new DashboardView(assessment, figures, gaps, progress, list, comparison);
    }
}
