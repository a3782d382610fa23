using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The self-assessment dashboard: status per theme and principle, gaps, progress over versions, products side by side.</summary>
internal sealed class DashboardModel(DashboardService dashboard) : FormPageModel
{
    public AssessmentFigures Figures { get; private set; } = null!;

    public Assessment Assessment { get; private set; } = null!;

    public IReadOnlyList<Gap> Gaps { get; private set; } = [];

    public IReadOnlyList<ProgressPoint> Progress { get; private set; } = [];

    public ProductComparison? Comparison { get; private set; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public DashboardCharts Charts { get; private set; } = null!;
    /// <summary>Gaps against principles 4.1 and 4.2 from the support lifecycle.</summary>
    public IReadOnlyList<Lifecycle.SupportGap> SupportGaps { get; private set; } = [];

    /// <summary>"NotStarted" → "not started".</summary>
    public static string Label(StandingStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public async Task<IActionResult> OnGetAsync()
    {
        var view = await dashboard.LoadAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        (Assessment, Figures, Gaps, Progress, Products, Comparison, Charts, SupportGaps) =
            (view.Assessment, view.Figures, view.Gaps, view.Progress, view.Products, view.Comparison, view.Charts, view.SupportGaps);
        return Page();
    }
}
