using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The supplier register: every supplier with its products in use, principles met, latest attestation and alerts; add a supplier.</summary>
internal sealed class SuppliersModel(SupplierRegister register) : FormPageModel
{
    public IReadOnlyList<SupplierRow> Suppliers { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? PortalUrl { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? AttestationMaxAgeDays { get; set; }

    public async Task OnGetAsync() => Suppliers = await register.ListAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAddAsync()
    {
        var tenant = HttpContext.Tenant();
        Data.Entities.Supplier? added = null;
        if (await TryAsync(async () => added = await register.AddAsync(tenant, new SupplierInput(Name, PortalUrl, Contact, AttestationMaxAgeDays), HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{tenant.Slug}/suppliers/{added!.Id}");
        }

        await OnGetAsync();
        return Page();
    }
}
