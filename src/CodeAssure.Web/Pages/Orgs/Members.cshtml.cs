using CodeAssure.Data.Entities;
using CodeAssure.Web.Organisations;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Members and roles; only Owners change them.</summary>
[RequiresRole(OrganisationRole.Owner)]
internal sealed class MembersModel(OrganisationService organisations) : FormPageModel
{
    public IReadOnlyList<(Membership Membership, string Email)> Members { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? InitialPassword { get; set; }

    public async Task OnGetAsync() => Members = await organisations.MembersAsync(HttpContext.Tenant(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await TryAsync(() => organisations.AddMemberAsync(HttpContext.Tenant(), Email, Role, InitialPassword, HttpContext.RequestAborted)))
        {
            return Redirect(Here);
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId)
    {
        var removed = false;
        if (await TryAsync(async () => removed = await organisations.RemoveMemberAsync(HttpContext.Tenant(), membershipId, HttpContext.RequestAborted)))
        {
            return removed ? Redirect(Here) : NotFound();
        }

        await OnGetAsync();
        return Page();
    }

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/members";
}
