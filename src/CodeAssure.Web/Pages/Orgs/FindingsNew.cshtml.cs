using CodeAssure.Data.Entities;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Triage;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Record a finding by hand (Engineer and above).</summary>
internal sealed class FindingsNewModel(FindingService findings, ProductService products) : FormPageModel
{
    [BindProperty]
    public string? ProductId { get; set; }

    [BindProperty]
    public string? ReleaseId { get; set; }

    [BindProperty]
    public string? VulnerabilityId { get; set; }

    [BindProperty]
    public string? Aliases { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? PackageUrl { get; set; }

    [BindProperty]
    public string? Severity { get; set; }

    [BindProperty]
    public string? CvssVector { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    public IReadOnlyList<(Product Product, IReadOnlyList<Release> Releases)> Products { get; private set; } = [];

    public IReadOnlyList<AssignableMember> Assignable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!HttpContext.Tenant().CanWrite)
        {
            return Forbid();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        VulnerabilityFinding? created = null;
        var assignee = Assignee == FindingFilter.Unassigned ? null : Assignee;
        if (await TryAsync(async () => created = await findings.CreateAsync(HttpContext.Tenant(),
                new NewFinding(ProductId, ReleaseId, VulnerabilityId, Aliases, Summary, PackageUrl, Severity, CvssVector, assignee), HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{HttpContext.Tenant().Slug}/findings/{created!.Id}");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        var list = new List<(Product, IReadOnlyList<Release>)>();
        foreach (var product in await products.ListAsync(tenant, HttpContext.RequestAborted))
        {
            list.Add((product, await products.ReleasesAsync(tenant, product.Id, HttpContext.RequestAborted)));
        }

        Products = list;
        Assignable = await findings.AssignableAsync(tenant, HttpContext.RequestAborted);
    }
}
