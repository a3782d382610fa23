using CodeAssure.Data.Entities;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Records a new incident.</summary>
internal sealed class IncidentNewModel(IncidentService incidents, ProductService products) : FormPageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Severity { get; set; }

    [BindProperty]
    public string? StartedAt { get; set; }

    [BindProperty]
    public string? DetectedAt { get; set; }

    [BindProperty]
    public List<string> AffectedProductIds { get; set; } = [];

    [BindProperty]
    public string? AffectedCustomers { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!HttpContext.Tenant().CanWrite)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Products = await products.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Incident? created = null;
        var input = new IncidentInput(Title, Description ?? "", Severity, null, StartedAt, DetectedAt, null, AffectedProductIds, AffectedCustomers ?? "");
        if (await TryAsync(async () => created = await incidents.CreateAsync(HttpContext.Tenant(), input, User.Identity?.Name ?? UserId, HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{HttpContext.Tenant().Slug}/incidents/{created!.Id}");
        }

        Products = await products.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        return Page();
    }
}
