using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Triage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Triage metrics that evidence principles 3.3 and 3.5 (the same figures as the API).</summary>
internal sealed class FindingsMetricsModel(FindingService findings) : PageModel
{
    public TriageFigures? Figures { get; private set; }

    public async Task OnGetAsync() =>
        Figures = await findings.MetricsAsync(HttpContext.Tenant(), TriageMetrics.DefaultWindowDays, HttpContext.RequestAborted);
}
