using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>Incidents the organisation has published, with their customer-facing summaries (principle 4.3).</summary>
internal sealed class IncidentsModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public IReadOnlyList<Incident> Incidents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ResolveAsync())
        {
            return NotFound();
        }

        Incidents = await portal.IncidentsAsync(Vendor, HttpContext.RequestAborted);
        return Page();
    }
}
