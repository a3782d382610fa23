using CodeAssure.Data.Entities;
using CodeAssure.Web.Disclosure;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Vulnerability reports received through the public form, newest first, each linked to its triage item.</summary>
internal sealed class DisclosureReportsModel(DisclosureReportService reports, ProductService products) : FormPageModel
{
    public IReadOnlyList<DisclosureReport> Reports { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ProductNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        Reports = await reports.ListAsync(tenant, HttpContext.RequestAborted);
        ProductNames = (await products.ListAsync(tenant, HttpContext.RequestAborted)).ToDictionary(p => p.Id, p => p.Name);
        return Page();
    }
}
