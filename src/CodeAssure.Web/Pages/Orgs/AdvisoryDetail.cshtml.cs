using CodeAssure.Data.Entities;
using CodeAssure.Web.Advisories;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>One advisory: its CSAF document and validation, draft editing, publication (SRO or Owner) and revisions.</summary>
internal sealed class AdvisoryDetailModel(AdvisoryService advisories) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Advisory? Advisory { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<(Product Product, Release Release)> Releases { get; private set; } = [];

    public bool CanPublish => HttpContext.Tenant().Role >= OrganisationRole.Sro;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    [BindProperty]
    public string? RevisionSummary { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await LoadAsync();
        if (Advisory is not null)
        {
            (Title, Summary, Details) = AdvisoryService.TextOf(Advisory);
        }

        return result;
    }

    public async Task<IActionResult> OnPostEditAsync()
    {
        Advisory? updated = null;
        if (await TryAsync(async () => updated = await advisories.UpdateDraftAsync(HttpContext.Tenant(), Id, Portal, Title, Summary, Details, HttpContext.RequestAborted)))
        {
            return updated is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public Task<IActionResult> OnPostPublishAsync() =>
        ReleaseAsync(() => advisories.PublishAsync(HttpContext.Tenant(), Id, Portal, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostReviseAsync() =>
        ReleaseAsync(() => advisories.ReviseAsync(HttpContext.Tenant(), Id, Portal, RevisionSummary, HttpContext.RequestAborted));

    private async Task<IActionResult> ReleaseAsync(Func<Task<AdvisoryPublication?>> release)
    {
        if (!CanPublish)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        AdvisoryPublication? publication = null;
        if (await TryAsync(async () => publication = await release()))
        {
            if (publication is null)
            {
                return NotFound();
            }

            if (publication.Published)
            {
                return Redirect(Here);
            }

            foreach (var problem in publication.Problems)
            {
                ModelState.AddModelError(string.Empty, problem);
            }
        }

        return await LoadAsync();
    }

    private Uri Portal => CsafProviderLayout.Portal(Request, HttpContext.Tenant().Slug);

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/advisories/{Id}";

    private async Task<IActionResult> LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        Advisory = await advisories.FindAsync(tenant, Id, HttpContext.RequestAborted);
        if (Advisory is null)
        {
            return NotFound();
        }

        Problems = AdvisoryService.Problems(Advisory.CsafJson);
        Releases = await advisories.ReleasesAsync(tenant, Advisory, HttpContext.RequestAborted);
        return Page();
    }
}
