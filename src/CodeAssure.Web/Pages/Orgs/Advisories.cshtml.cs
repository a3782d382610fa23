using CodeAssure.Data.Entities;
using CodeAssure.Web.Advisories;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The organisation's security advisories, drafts and published.</summary>
internal sealed class AdvisoriesModel(AdvisoryService advisories) : FormPageModel
{
    public IReadOnlyList<Advisory> Advisories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Advisories = await advisories.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        return Page();
    }
}
