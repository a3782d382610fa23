using CodeAssure.Data.Entities;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The incident register (principle 4.3).</summary>
internal sealed class IncidentsModel(IncidentService incidents) : FormPageModel
{
    public IReadOnlyList<Incident> Incidents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Incidents = await incidents.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        return Page();
    }
}
