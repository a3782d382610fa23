using CodeAssure.Data.Entities;
using CodeAssure.Web.Disclosure;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// The public vulnerability report form (principle 3.2). Anonymous whatever the portal's visibility: a researcher has no
/// account. Spam is held off without third parties: antiforgery token, a honeypot field, a signed minimum fill time
/// that also stops replays, a per-address rate limit, a per-organisation limit and a body size limit.
/// </summary>
[EnableRateLimiting(DisclosureRateLimits.PolicyName)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueLengthLimit = MaxBodyBytes, KeyLengthLimit = 100, ValueCountLimit = 20)]
internal sealed class ReportModel(DisclosurePolicyService policies, DisclosureReportService reports, ReportFormStamp stamps, DisclosureSettings settings) : FormPageModel
{
    /// <summary>Room for a full-length description even if every character is percent-encoded UTF-8.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public Organisation? Organisation { get; private set; }

    public DisclosurePolicy? Policy { get; private set; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public DisclosureReport? Received { get; private set; }

    public string? Refusal { get; private set; }

    public string StatusPage => $"/trust/{Organisation?.Slug}/report/status";

    [BindProperty]
    public string? ReporterName { get; set; }

    [BindProperty]
    public string? ReporterEmail { get; set; }

    [BindProperty]
    public string? ProductId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? SeverityGuess { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling bots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public async Task<IActionResult> OnGetAsync(string org)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        Stamp = stamps.Issue(Organisation!.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        var statusPage = new Uri(SecurityTxtEndpoints.PublicBaseUrl(Request, settings), StatusPage.TrimStart('/'));
        var form = new ReportSubmission(ReporterName, ReporterEmail, ProductId, Title, Description, SeverityGuess, Website, Stamp);
        try
        {
            Received = await reports.SubmitAsync(Organisation!, Policy!, form, HttpContext.Connection.RemoteIpAddress?.ToString(), statusPage, HttpContext.RequestAborted);
            return Page();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ReportRefusedException e)
        {
            Refusal = e.Message;
            Response.StatusCode = e.StatusCode;
            Stamp = stamps.Issue(Organisation!.Id);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string org)
    {
        if (await policies.FindPublishedAsync(org, HttpContext.RequestAborted) is not { Policy.ReportFormEnabled: true } published)
        {
            return false;
        }

        (Organisation, Policy) = published;
        Products = await reports.ProductsAsync(published.Organisation.Id, HttpContext.RequestAborted);
        return true;
    }
}
