using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages;

/// <summary>Home: the caller's organisations and a form to create one.</summary>
internal sealed class IndexModel(OrganisationService organisations) : FormPageModel
{
    public IReadOnlyList<(Organisation Organisation, OrganisationRole Role)> Organisations { get; private set; } = [];

    public IReadOnlyList<StakeholderRole> StakeholderRoles => organisations.StakeholderRoles;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? StakeholderRole { get; set; }

    public async Task OnGetAsync() => Organisations = await organisations.ListForUserAsync(UserId, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisation? created = null;
        if (await TryAsync(async () => created = await organisations.CreateAsync(UserId, Name, Slug, StakeholderRole, HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{created!.Slug}");
        }

        await OnGetAsync();
        return Page();
    }
}
