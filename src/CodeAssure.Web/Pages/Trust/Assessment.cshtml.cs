using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>The latest signed-off self-assessment, summarised by principle, with its sign-off and digest.</summary>
internal sealed class AssessmentModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public PortalAssessment? Assessment { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await ResolveAsync())
        {
            return NotFound();
        }

        Assessment = await portal.AssessmentAsync(Vendor, HttpContext.RequestAborted);
        return Page();
    }
}
