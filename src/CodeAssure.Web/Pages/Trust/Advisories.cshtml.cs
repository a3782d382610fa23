using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>Every published security advisory of the organisation.</summary>
internal sealed class AdvisoriesModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public IReadOnlyList<Advisory> Advisories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ResolveAsync())
        {
            return NotFound();
        }

        Advisories = await portal.AdvisoriesAsync(Vendor, HttpContext.RequestAborted);
        return Page();
    }
}
