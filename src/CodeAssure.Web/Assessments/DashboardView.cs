using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Assessments;

/// <summary>What the dashboard shows for one organisation, computed once and rendered by the page or the API.</summary>
/// <param name="Assessment">The organisation-wide assessment's current version.</param>
/// <param name="Figures">Its answers counted per theme and principle.</param>
/// <param name="Gaps">Claims not met or partially met, with the next action.</param>
/// <param name="Progress">One point per version, oldest first.</param>
/// <param name="Products">The organisation's products.</param>
/// <param name="Comparison">Products side by side, or null when no product has an assessment yet.</param>
/// <param name="SupportGaps">Gaps against principles 4.1 and 4.2 from the support lifecycle.</param>
internal sealed record DashboardView(
    Assessment Assessment,
    AssessmentFigures Figures,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<ProgressPoint> Progress,
    IReadOnlyList<Product> Products,
    ProductComparison? Comparison,
    IReadOnlyList<Lifecycle.SupportGap> SupportGaps)
{
    /// <summary>The charts, drawn on first use and kept with the view.</summary>
    public DashboardCharts Charts { get; } = new(Figures, Progress, Comparison);
}
