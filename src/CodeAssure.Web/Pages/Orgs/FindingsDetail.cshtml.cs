using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Triage;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>One finding: details, the VEX status form, assignment and comments.</summary>
internal sealed class FindingsDetailModel(FindingService findings) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public FindingSummary? Summary { get; private set; }

    public IReadOnlyList<FindingCommentView> Comments { get; private set; } = [];

    public IReadOnlyList<AssignableMember> Assignable { get; private set; } = [];

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    [BindProperty]
    public string? StatusDetail { get; set; }

    [BindProperty]
    public string? FixedInVersion { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostStatusAsync()
    {
        object? changed = null;
        if (await TryAsync(async () => changed = await findings.ChangeAsync(HttpContext.Tenant(), Id, new FindingChange(Status ?? "", Justification, StatusDetail, FixedInVersion), HttpContext.RequestAborted)))
        {
            return changed is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostAssignAsync()
    {
        object? changed = null;
        // The form's "nobody" option; an empty assignee means unassign.
        var assignee = string.IsNullOrWhiteSpace(Assignee) || Assignee == FindingFilter.Unassigned ? "" : Assignee;
        if (await TryAsync(async () => changed = await findings.ChangeAsync(HttpContext.Tenant(), Id, new FindingChange(Assignee: assignee), HttpContext.RequestAborted)))
        {
            return changed is null ? NotFound() : Redirect(Here);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostCommentAsync()
    {
        object? added = null;
        if (await TryAsync(async () => added = await findings.CommentAsync(HttpContext.Tenant(), Id, UserId, Text, HttpContext.RequestAborted)))
        {
            return added is null ? NotFound() : Redirect(Here + "#comments");
        }

        return await LoadAsync();
    }

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/findings/{Id}";

    private async Task<IActionResult> LoadAsync()
    {
        var tenant = HttpContext.Tenant();
        Summary = await findings.FindAsync(tenant, Id, HttpContext.RequestAborted);
        if (Summary is null)
        {
            return NotFound();
        }

        Comments = await findings.CommentsAsync(tenant, Id, HttpContext.RequestAborted);
        Assignable = await findings.AssignableAsync(tenant, HttpContext.RequestAborted);
        return Page();
    }
}
