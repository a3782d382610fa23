using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>One product: its support periods (past, current, announced), releases and the advisories that cover it.</summary>
internal sealed class ProductModel(PortalAccess access, PortalService portal) : PortalPageModel(access)
{
    public PortalProduct Product { get; private set; } = null!;

    public DateOnly Today => portal.Today;

    public async Task<IActionResult> OnGetAsync(Guid productId)
    {
        if (!await ResolveAsync() || await portal.ProductAsync(Vendor, productId, HttpContext.RequestAborted) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        return Page();
    }
}
