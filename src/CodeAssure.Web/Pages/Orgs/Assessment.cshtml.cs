using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Assessments;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>
/// A self-assessment (organisation-wide, or for the product in the route): theme → principle → claim with answers,
/// evidence, pre-fill from the latest bundle, SRO sign-off and the version history with what changed.
/// </summary>
internal sealed class AssessmentModel(AssessmentService assessments) : FormPageModel
{
    [FromRoute]
    public Guid? ProductId { get; set; }

    public Product? Product { get; private set; }

    public Assessment Assessment { get; private set; } = null!;

    public CodeCatalog Catalog => assessments.Catalog;

    public IReadOnlyList<AssessmentVersion> Versions { get; private set; } = [];

    /// <summary>For each version after the first, what changed from the one before.</summary>
    public IReadOnlyDictionary<int, AssessmentDiff> Diffs { get; private set; } = new Dictionary<int, AssessmentDiff>();

    public PrefillResult? Prefill { get; private set; }

    public StoredEvidenceBundle? PrefillBundle { get; private set; }

    [BindProperty]
    public string? Claim { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    [BindProperty]
    public string? Argument { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? TargetDate { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Acknowledgement { get; set; }

    public bool CanSignOff => HttpContext.Tenant() is { Role: OrganisationRole.Sro, IsApiToken: false };

    public string Here => ProductId is { } id ? $"/orgs/{HttpContext.Tenant().Slug}/assessment/{id}" : $"/orgs/{HttpContext.Tenant().Slug}/assessment";

    public string ApiBase => ProductId is { } id ? $"/api/v1/orgs/{HttpContext.Tenant().Slug}/products/{id}/assessment" : $"/api/v1/orgs/{HttpContext.Tenant().Slug}/assessment";

    public async Task<IActionResult> OnGetAsync(bool prefill = false)
    {
        var result = await LoadAsync();
        if (result is Microsoft.AspNetCore.Mvc.RazorPages.PageResult && prefill && Product is not null && await TryAsync(async () =>
            {
                if (await assessments.PreviewPrefillAsync(HttpContext.Tenant(), Product, HttpContext.RequestAborted) is { } p)
                {
                    (Prefill, PrefillBundle) = (p.Result, p.Bundle);
                }
            }) && Prefill is null)
        {
            ModelState.AddModelError(string.Empty, "No evidence bundle has been uploaded for this product yet.");
        }

        return result;
    }

    public Task<IActionResult> OnPostClaimAsync() => ChangeAsync(product =>
        assessments.EditClaimAsync(HttpContext.Tenant(), product, Claim ?? "", new ClaimEdit(Answer, Justification, Argument, Owner, TargetDate), UserId, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostLinkAsync() => ChangeAsync(product =>
        assessments.AddLinkAsync(HttpContext.Tenant(), product, Title, Address, Claim, UserId, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostFileAsync() => ChangeAsync(async product =>
    {
        if (Upload is null)
        {
            throw new Validation.InvalidInputException("upload", "Choose a file to upload.");
        }

        await using var stream = Upload.OpenReadStream();
        return await assessments.AddFileAsync(HttpContext.Tenant(), product, Upload.FileName, stream, Title, Claim, UserId, HttpContext.RequestAborted);
    });

    public Task<IActionResult> OnPostPrefillAsync() => ChangeAsync(async product =>
    {
        if (product is null || await assessments.ApplyPrefillAsync(HttpContext.Tenant(), product, UserId, HttpContext.RequestAborted) is null)
        {
            throw new Validation.InvalidInputException(string.Empty, "No evidence bundle has been uploaded for this product yet.");
        }

        return null!;
    });

    public async Task<IActionResult> OnPostSignOffAsync()
    {
        if (!CanSignOff)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await ChangeAsync(async product =>
        {
            await assessments.SignOffAsync(HttpContext.Tenant(), product, AssessmentApi.SignerName(User), Acknowledgement, UserId, HttpContext.RequestAborted);
            return null!;
        });
    }

    private async Task<IActionResult> ChangeAsync(Func<Product?, Task<Assessment>> change)
    {
        var (found, product) = await FindProductAsync();
        if (!found)
        {
            return NotFound();
        }

        if (await TryAsync(() => change(product)))
        {
            return Redirect(Here);
        }

        return await LoadAsync();
    }

    private async Task<(bool Found, Product? Product)> FindProductAsync()
    {
        if (ProductId is not { } id)
        {
            return (true, null);
        }

        var product = await assessments.ProductAsync(HttpContext.Tenant(), id, HttpContext.RequestAborted);
        return (product is not null, product);
    }

    private async Task<IActionResult> LoadAsync()
    {
        var (found, product) = await FindProductAsync();
        if (!found)
        {
            return NotFound();
        }

        Product = product;
        var tenant = HttpContext.Tenant();
        Assessment = await assessments.CurrentAsync(tenant, product, HttpContext.RequestAborted);
        Versions = await assessments.VersionsAsync(tenant, product?.Id, HttpContext.RequestAborted);
        var parsed = Versions.Select(AssessmentService.Parse).ToList();
        var diffs = new Dictionary<int, AssessmentDiff>();
        for (var i = 1; i < parsed.Count; i++)
        {
            diffs[Versions[i].Number] = AssessmentDiff.Between(parsed[i - 1], parsed[i]);
        }

        Diffs = diffs;
        return Page();
    }
}
