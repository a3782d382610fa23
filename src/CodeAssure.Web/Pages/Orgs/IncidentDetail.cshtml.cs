using CodeAssure.Data.Entities;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Products;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>An incident: details, status, affected products, timeline and the customer notice.</summary>
internal sealed class IncidentDetailModel(IncidentService incidents, ProductService products) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public IncidentDetails? Details { get; private set; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Severity { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? StartedAt { get; set; }

    [BindProperty]
    public string? DetectedAt { get; set; }

    [BindProperty]
    public string? ResolvedAt { get; set; }

    [BindProperty]
    public List<string> AffectedProductIds { get; set; } = [];

    [BindProperty]
    public string? AffectedCustomers { get; set; }

    [BindProperty]
    public string? EntryAt { get; set; }

    [BindProperty]
    public string? EntryText { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await LoadAsync();
        if (Details is { } d)
        {
            var i = d.Incident;
            (Title, Description, Severity, Status, AffectedCustomers) = (i.Title, i.Description, LifecycleNames.Of(i.Severity), LifecycleNames.Of(i.Status), i.AffectedCustomers);
            (StartedAt, DetectedAt, ResolvedAt) = (IncidentMoment.ForInput(i.StartedAt), IncidentMoment.ForInput(i.DetectedAt), i.ResolvedAt is { } r ? IncidentMoment.ForInput(r) : null);
            AffectedProductIds = IncidentService.ProductIds(i).Select(g => g.ToString()).ToList();
            Summary = await incidents.DraftNoticeAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted);
        }

        return result;
    }

    public async Task<IActionResult> OnPostUpdateAsync()
    {
        Incident? updated = null;
        var input = new IncidentInput(Title, Description ?? "", Severity, Status, StartedAt, DetectedAt, ResolvedAt, AffectedProductIds, AffectedCustomers ?? "");
        if (await TryAsync(async () => updated = await incidents.UpdateAsync(HttpContext.Tenant(), Id, input, Author, HttpContext.RequestAborted)))
        {
            return updated is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostTimelineAsync()
    {
        IncidentTimelineEntry? added = null;
        if (await TryAsync(async () => added = await incidents.AddTimelineAsync(HttpContext.Tenant(), Id, EntryAt, EntryText, Author, HttpContext.RequestAborted)))
        {
            return added is null ? NotFound() : Redirect(Here + "#timeline");
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        Incident? published = null;
        if (await TryAsync(async () => published = await incidents.PublishNoticeAsync(HttpContext.Tenant(), Id, Summary, Author, HttpContext.RequestAborted)))
        {
            return published is null ? NotFound() : Redirect(Here + "#notice");
        }

        return await LoadAsync();
    }

    private string Author => User.Identity?.Name ?? UserId;

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/incidents/{Id}";

    private async Task<IActionResult> LoadAsync()
    {
        Details = await incidents.FindAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted);
        if (Details is null)
        {
            return NotFound();
        }

        Products = await products.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
        return Page();
    }
}
