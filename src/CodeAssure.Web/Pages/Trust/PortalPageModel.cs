using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// A page of an organisation's trust portal (<c>/trust/{slug}/…</c>). <see cref="Tenancy.OrganisationPageFilter"/>
/// leaves these pages alone: the portal decides visibility itself through <see cref="PortalAccess"/> and answers 404 to
/// anyone it refuses.
/// </summary>
internal abstract class PortalPageModel(PortalAccess access) : PageModel
{
    /// <summary>The organisation whose portal this is (set once <see cref="ResolveAsync"/> succeeded).</summary>
    public Organisation Vendor { get; private set; } = null!;

    /// <summary>The portal's base path, e.g. <c>/trust/acme</c>.</summary>
    public string Base => "/trust/" + Vendor.Slug;

    /// <summary>Finds the organisation and checks the visitor may see its portal; false means answer 404.</summary>
    protected async Task<bool> ResolveAsync()
    {
        var organisation = await access.ResolveAsync(User, RouteData.Values["slug"] as string, HttpContext.RequestAborted).ConfigureAwait(false);
        if (organisation is null)
        {
            return false;
        }

        Vendor = organisation;
        ViewData[PortalLayout.VendorKey] = organisation;
        if (organisation.PortalVisibility == PortalVisibility.Public)
        {
            // Anyone may see this page, so its bytes may be served to anyone (PortalPageCache).
            HttpContext.Items[PortalPageCache.CacheableItem] = organisation.Id;
        }

        return true;
    }
}
