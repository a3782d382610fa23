using CodeAssure.Data.Entities;
using CodeAssure.Web.Advisories;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Writes a draft advisory: choose findings (by product and release), a title, a summary and details.</summary>
internal sealed class AdvisoryNewModel(AdvisoryService advisories) : FormPageModel
{
    public IReadOnlyList<VulnerabilityFinding> Findings { get; private set; } = [];

    public IReadOnlyDictionary<Guid, Product> Products { get; private set; } = new Dictionary<Guid, Product>();

    public IReadOnlyDictionary<Guid, Release> Releases { get; private set; } = new Dictionary<Guid, Release>();

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    [BindProperty]
    public List<Guid> FindingIds { get; set; } = [];

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
        var tenant = HttpContext.Tenant();
        Advisory? created = null;
        if (await TryAsync(async () => created = await advisories.CreateDraftAsync(tenant, CsafProviderLayout.Portal(Request, tenant.Slug), Title, Summary, Details, FindingIds, HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{tenant.Slug}/advisories/{created!.Id}");
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>How a finding's product and release read in the list.</summary>
    public string Where(VulnerabilityFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var product = Products.TryGetValue(finding.ProductId, out var p) ? p.Name : "?";
        return finding.ReleaseId is { } r && Releases.TryGetValue(r, out var release) ? $"{product} {release.Version}" : product;
    }

    private async Task LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        (var products, var releases) = await advisories.CatalogueAsync(tenant, HttpContext.RequestAborted);
        (Products, Releases) = (products, releases);
        Findings = (await advisories.FindingsAsync(tenant, HttpContext.RequestAborted))
            .OrderBy(Where, StringComparer.Ordinal).ThenBy(f => f.VulnerabilityId, StringComparer.Ordinal).ToList();
    }
}
