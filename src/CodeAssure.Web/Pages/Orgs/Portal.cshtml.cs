using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The trust portal's settings: the Owner chooses whether anyone or only customers and members can see it.</summary>
[RequiresRole(OrganisationRole.Owner)]
internal sealed class PortalModel(PortalService portal) : FormPageModel
{
    [BindProperty]
    public string? Visibility { get; set; }

    public void OnGet() => Visibility = Value(HttpContext.Tenant().Organisation.PortalVisibility);

    public async Task<IActionResult> OnPostAsync()
    {
        var tenant = HttpContext.Tenant();
        if (tenant.IsApiToken)
        {
            return Forbid();
        }

        return await TryAsync(() => portal.SetVisibilityAsync(tenant, Visibility, HttpContext.RequestAborted))
            ? Redirect($"/orgs/{tenant.Slug}/portal")
            : Page();
    }

    public static string Value(PortalVisibility visibility) => visibility == PortalVisibility.Public ? "public" : "customers-only";
}
