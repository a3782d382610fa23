using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Monitoring;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>A release: its SBOM (upload, replace, download), its components and the vulnerabilities matched in them.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = MonitoringSettings.MaxSbomBytes + 64 * 1024)]
[RequestSizeLimit(MonitoringSettings.MaxSbomBytes + 64 * 1024)]
internal sealed class MonitoringReleaseModel(ReleaseSbomService sboms, CodeAssureDbContext db) : FormPageModel
{
    /// <summary>How many components the page lists (the API lists them all).</summary>
    public const int ComponentsShown = 500;

    [FromRoute]
    public Guid Id { get; set; }

    public Release? Release { get; private set; }

    public Product? Product { get; private set; }

    public ReleaseSbom? Sbom { get; private set; }

    public IReadOnlyList<ReleaseComponent> Components { get; private set; } = [];

    public IReadOnlyList<VulnerabilityFinding> Findings { get; private set; } = [];

    /// <summary>The latest match job for this release, if any.</summary>
    public BackgroundJob? LatestJob { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string Here => $"/orgs/{HttpContext.Tenant().Slug}/releases/{Id}";

    public string ApiBase => $"/api/v1/orgs/{HttpContext.Tenant().Slug}/products/{Release?.ProductId}/releases/{Id}";

    public Task<IActionResult> OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var tenant = HttpContext.Tenant();
        var release = await sboms.FindReleaseAsync(tenant, Id, HttpContext.RequestAborted);
        if (release is null)
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose an SBOM file (CycloneDX JSON or XML, or SPDX).");
            return await LoadAsync();
        }

        if (Upload.Length > MonitoringSettings.MaxSbomBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file is larger than {MonitoringSettings.MaxSbomBytes / (1024 * 1024)} MB.");
            return await LoadAsync();
        }

        var content = new byte[Upload.Length];
        await using (var stream = Upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, HttpContext.RequestAborted);
        }

        if (await TryAsync(() => sboms.UploadAsync(tenant, release.ProductId, Id, content, UserId, HttpContext.RequestAborted)))
        {
            return Redirect(Here);
        }

        return await LoadAsync();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        var ct = HttpContext.RequestAborted;
        Release = await sboms.FindReleaseAsync(tenant, Id, ct);
        if (Release is null)
        {
            return NotFound();
        }

        Product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == tenant.Id && p.Id == Release.ProductId, ct);
        Sbom = await sboms.FindAsync(tenant, Id, ct);
        Components = (await sboms.ComponentsAsync(tenant, Id, ct)).Take(ComponentsShown).ToList();
        Findings = (await db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id && f.ReleaseId == Id).ToListAsync(ct))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.PackageUrl, StringComparer.Ordinal).ThenBy(f => f.VulnerabilityId, StringComparer.Ordinal).ToList();
        var payload = Id.ToString();
        LatestJob = (await db.BackgroundJobs.AsNoTracking().Where(j => j.Kind == JobKinds.MatchRelease && j.Payload == payload).ToListAsync(ct))
            .MaxBy(j => j.CreatedAt);
        return Page();
    }
}
