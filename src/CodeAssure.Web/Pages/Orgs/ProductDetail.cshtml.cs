using CodeAssure.Data.Entities;
using CodeAssure.Web.Evidence;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>A product: releases (add, delete), uploaded evidence, deletion.</summary>
internal sealed class ProductDetailModel(ProductService products, EvidenceService evidence) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Product? Product { get; private set; }

    public IReadOnlyList<Release> Releases { get; private set; } = [];

    public IReadOnlyList<StoredEvidenceBundle> Evidence { get; private set; } = [];

    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public string? ReleasedOn { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await LoadAsync();
        (Name, Description) = (Product?.Name, Product?.Description);
        return result;
    }

    public async Task<IActionResult> OnPostUpdateAsync()
    {
        Product? updated = null;
        if (await TryAsync(async () => updated = await products.UpdateAsync(HttpContext.Tenant(), Id, Name, Description, HttpContext.RequestAborted)))
        {
            return updated is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddReleaseAsync()
    {
        Release? added = null;
        if (await TryAsync(async () => added = await products.AddReleaseAsync(HttpContext.Tenant(), Id, Version, ReleasedOn, HttpContext.RequestAborted)) && added is not null)
        {
            return Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteReleaseAsync(Guid releaseId) =>
        await products.DeleteReleaseAsync(HttpContext.Tenant(), Id, releaseId, HttpContext.RequestAborted) ? Redirect(Here) : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync() =>
        await products.DeleteAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted) ? Redirect($"/orgs/{HttpContext.Tenant().Slug}") : NotFound();

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/products/{Id}";

    private async Task<IActionResult> LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        Product = await products.FindAsync(tenant, Id, HttpContext.RequestAborted);
        if (Product is null)
        {
            return NotFound();
        }

        Releases = await products.ReleasesAsync(tenant, Id, HttpContext.RequestAborted);
        Evidence = (await evidence.ListAsync(tenant, Id, HttpContext.RequestAborted)).OrderByDescending(b => b.UploadedAt).ToList();
        return Page();
    }
}
