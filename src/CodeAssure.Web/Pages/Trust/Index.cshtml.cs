using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>The portal's front page: products and their support today, latest advisories and incidents, how to report a vulnerability, the self-assessment summary.</summary>
internal sealed class IndexModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public PortalOverview Overview { get; private set; } = null!;

    public DateOnly Today => portal.Today;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ResolveAsync())
        {
            return NotFound();
        }

        Overview = await portal.OverviewAsync(Vendor, HttpContext.RequestAborted);
        return Page();
    }
}
