using System.Text.Json;
using CodeAssure.Assurance.Json;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Tenancy;

namespace CodeAssure.Web.Api;

/// <summary><c>GET /orgs/{slug}/dashboard</c>: the dashboard's figures for machines (the page draws the same values).</summary>
internal static class DashboardApi
{
    private static readonly JsonSerializerOptions Options = AssuranceJsonOptions.Create();

    public static void MapDashboardApi(this RouteGroupBuilder org) =>
        org.MapGet("/dashboard", GetDashboard)
            .WithSummary("Status per theme and principle, the gap list, progress over versions and products side by side.");

    private static async Task<IResult> GetDashboard(HttpContext c, DashboardService dashboard, CancellationToken ct)
    {
        var view = await dashboard.LoadAsync(c.Tenant(), ct).ConfigureAwait(false);
        var body = new
        {
            assessment = new { version = view.Assessment.Version, status = view.Assessment.IsSignedOff ? "signed-off" : "draft" },
            overall = view.Figures.Overall,
            themes = view.Figures.Themes,
            gaps = view.Gaps,
            progress = view.Progress,
            products = view.Comparison,
        };
        return TypedResults.Text(JsonSerializer.Serialize(body, Options), "application/json; charset=utf-8");
    }
}
