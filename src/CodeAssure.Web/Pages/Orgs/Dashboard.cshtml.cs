using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The self-assessment dashboard: status per theme and principle, gaps, progress over versions, products side by side.</summary>
internal sealed class DashboardModel(AssessmentService assessments, ProductService products, TimeProvider time) : FormPageModel
{
    public AssessmentFigures Figures { get; private set; } = null!;

    public Assessment Assessment { get; private set; } = null!;

    public IReadOnlyList<Gap> Gaps { get; private set; } = [];

    public IReadOnlyList<ProgressPoint> Progress { get; private set; } = [];

    public ProductComparison? Comparison { get; private set; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    /// <summary>"NotStarted" → "not started".</summary>
    public static string Label(StandingStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        var ct = HttpContext.RequestAborted;
        var versions = await assessments.VersionsAsync(tenant, null, ct);
        // The latest version is the current one; reading it from the list saves a query on every dashboard view.
        Assessment = versions.Count > 0 ? assessments.ParseShared(versions[^1]) : await assessments.CurrentAsync(tenant, null, ct);
        Figures = AssessmentFigures.Compute(Assessment, assessments.Catalog);
        Gaps = GapList.For(Assessment, assessments.Catalog, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Progress = Assurance.Dashboard.Progress.Over(versions.Select(assessments.ParseShared));
        Products = await products.ListAsync(tenant, ct);
        if (Products.Count > 0)
        {
            // A product nobody has assessed yet would show as 0 everywhere, which reads as "assessed and failing".
            var latest = await assessments.LatestPerProductAsync(tenant, ct);
            var rows = new List<KeyValuePair<string, Assessment>>();
            foreach (var product in Products)
            {
                if (latest.TryGetValue(product.Id, out var assessment))
                {
                    rows.Add(new(product.Name, assessment));
                }
            }

            Comparison = rows.Count == 0 ? null : ProductComparison.Compare(rows, assessments.Catalog);
        }

        return Page();
    }
}
