using CodeAssure.Data.Entities;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Triage;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The findings list, filtered by the GET query (product, release, status, severity, overdue, assignee).</summary>
internal sealed class FindingsModel(FindingService findings, ProductService products) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Release { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    public IReadOnlyList<FindingSummary> Findings { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<AssignableMember> Assignable { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        var ct = HttpContext.RequestAborted;
        Products = await products.ListAsync(tenant, ct);
        Assignable = await findings.AssignableAsync(tenant, ct);
        try
        {
            Findings = await findings.ListAsync(tenant, FindingFilter.Parse(Product, Release, Status, Severity, Overdue, Assignee), ct);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
        }
    }

    public static string Day(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
