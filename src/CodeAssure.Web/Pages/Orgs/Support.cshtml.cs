using CodeAssure.Data.Entities;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Support lifecycle per product (principles 4.1, 4.2): policy, periods, notices and the gaps against 4.1/4.2.</summary>
internal sealed class SupportModel(ProductService products, SupportService support) : FormPageModel
{
    public IReadOnlyList<ProductSupport> Products { get; private set; } = [];

    public IReadOnlyList<SupportGap> Gaps { get; private set; } = [];

    [BindProperty]
    public Guid ProductId { get; set; }

    [BindProperty]
    public string? MinimumSupportMonths { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Versions { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? StartsOn { get; set; }

    [BindProperty]
    public string? EndsOn { get; set; }

    [BindProperty]
    public string? ShortNoticeJustification { get; set; }

    [BindProperty]
    public Guid PeriodId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostPolicyAsync()
    {
        SupportPolicy? saved = null;
        if (await TryAsync(async () => saved = await support.SetPolicyAsync(HttpContext.Tenant(), ProductId, MinimumSupportMonths, Reason, HttpContext.RequestAborted)))
        {
            return saved is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddPeriodAsync()
    {
        SupportPeriod? added = null;
        var input = new SupportPeriodInput(Versions, Level, StartsOn, EndsOn, ShortNoticeJustification);
        if (await TryAsync(async () => added = await support.AddPeriodAsync(HttpContext.Tenant(), ProductId, input, HttpContext.RequestAborted)))
        {
            return added is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostUpdatePeriodAsync()
    {
        SupportPeriod? updated = null;
        var input = new SupportPeriodInput(Versions, Level, StartsOn, EndsOn, ShortNoticeJustification);
        if (await TryAsync(async () => updated = await support.UpdatePeriodAsync(HttpContext.Tenant(), ProductId, PeriodId, input, HttpContext.RequestAborted)))
        {
            return updated is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostDeletePeriodAsync()
    {
        var deleted = false;
        if (await TryAsync(async () => deleted = await support.DeletePeriodAsync(HttpContext.Tenant(), ProductId, PeriodId, HttpContext.RequestAborted)))
        {
            return deleted ? Redirect(Here) : NotFound();
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostPublishNoticeAsync()
    {
        // Telling customers is the SRO's (or Owner's) decision; the rest of the page is open to Engineers.
        if (HttpContext.Tenant().Role < OrganisationRole.Sro)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        SupportNotice? notice = null;
        if (await TryAsync(async () => notice = await support.PublishNoticeAsync(
                HttpContext.Tenant(), ProductId, PeriodId, Kind, Text, ShortNoticeJustification, UserId, HttpContext.RequestAborted)))
        {
            return notice is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public bool IsEditing(Guid productId) => ProductId == productId && !ModelState.IsValid;

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/support";

    private async Task<IActionResult> LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        var ct = HttpContext.RequestAborted;
        var list = new List<ProductSupport>();
        foreach (var product in await products.ListAsync(tenant, ct))
        {
            list.Add(new ProductSupport(
                product,
                await support.PolicyAsync(tenant, product.Id, ct),
                await support.PeriodsAsync(tenant, product.Id, ct),
                await support.NoticesAsync(tenant, product.Id, ct)));
        }

        Products = list;
        Gaps = await support.SupportGapsAsync(tenant.Id, ct);
        return Page();
    }

    /// <summary>One product's support as the page shows it.</summary>
    public sealed record ProductSupport(Product Product, SupportPolicy? Policy, IReadOnlyList<SupportPeriod> Periods, IReadOnlyList<SupportNoticeDelivery> Notices);
}
