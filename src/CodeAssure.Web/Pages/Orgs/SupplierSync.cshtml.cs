using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>
/// "Sync now": reads one supplier's portal at once (Engineer and above, antiforgery as every form) and goes back to
/// the supplier's page, where the outcome (last read, last error, new advisories and alerts) is shown.
/// </summary>
internal sealed class SupplierSyncModel(SupplierFeedSync sync) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect(SupplierPage(id));

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var result = await sync.SyncAsync(HttpContext.Tenant().Id, id, HttpContext.RequestAborted);
        return result is null ? NotFound() : Redirect(SupplierPage(id));
    }

    private string SupplierPage(Guid id) => $"/orgs/{Uri.EscapeDataString(HttpContext.Tenant().Slug)}/suppliers/{id:D}";
}
