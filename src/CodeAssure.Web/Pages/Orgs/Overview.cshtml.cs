using CodeAssure.Data.Entities;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>An organisation's products, and adding one.</summary>
internal sealed class OverviewModel(ProductService products) : FormPageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync() => Products = await products.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Product? created = null;
        if (await TryAsync(async () => created = await products.CreateAsync(HttpContext.Tenant(), Name, Description, HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{HttpContext.Tenant().Slug}/products/{created!.Id}");
        }

        await OnGetAsync();
        return Page();
    }
}
