using CodeAssure.Data.Entities;
using CodeAssure.Web.Disclosure;
using CodeAssure.Web.Validation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// The public vulnerability report form (principle 3.2). Anonymous whatever the portal's visibility: a researcher has no
/// account. Spam is held off without third parties: antiforgery token, a honeypot field, a signed minimum fill time
/// that also stops replays, a per-address rate limit, a per-organisation limit and a body size limit.
/// </summary>
// Antiforgery is checked in the handler rather than by the filter, and the form is read there too, so that a hostile
// body (over the size limit, or with characters the form reader refuses) gets this page's message, not an error page.
[IgnoreAntiforgeryToken]
[EnableRateLimiting(DisclosureRateLimits.PolicyName)]
[RequestSizeLimit(MaxBodyBytes)]
internal sealed class ReportModel(DisclosurePolicyService policies, DisclosureReportService reports, ReportFormStamp stamps, DisclosureSettings settings, IAntiforgery antiforgery) : FormPageModel
{
    /// <summary>Room for a full-length description even if every character is percent-encoded UTF-8.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public Organisation? Organisation { get; private set; }

    public DisclosurePolicy? Policy { get; private set; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public DisclosureReport? Received { get; private set; }

    public string? Refusal { get; private set; }

    public string StatusPage => $"/trust/{Organisation?.Slug}/report/status";

    public string? ReporterName { get; set; }

    public string? ReporterEmail { get; set; }

    public string? ProductId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? SeverityGuess { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling bots.</summary>
    public string? Website { get; set; }

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

    // No model-bound parameter: binding one would read the form through MVC's value providers first, and a hostile body
    // (a NUL, or over the size limit) would then fail there, before this handler can answer with the form's message.
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync(RouteData.Values["org"] as string ?? ""))
        {
            return NotFound();
        }

        if (Request.ContentLength > MaxBodyBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, TooLarge);
        }

        // The form is read before the antiforgery check, so that a body the form reader refuses gets its own message
        // rather than being reported as a missing token.
        IFormCollection fields;
        try
        {
            fields = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, TooLarge);
        }
        catch (InvalidDataException)
        {
            // The form reader refuses values with characters that cannot be text, such as NUL.
            return Refuse(StatusCodes.Status400BadRequest, "The report contains a NUL or another character that is not allowed in text. Remove it and send the report again.");
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The form could not be read. Reload the report form and send your report again.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The form's security token is missing or out of date. Reload the report form and send your report again.");
        }

        (ReporterName, ReporterEmail, ProductId, Title, Description, SeverityGuess, Website, Stamp) =
            (fields["ReporterName"], fields["ReporterEmail"], fields["ProductId"], fields["Title"], fields["Description"], fields["SeverityGuess"], fields["Website"], fields["Stamp"]);
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

    private static string TooLarge =>
        $"The report is too large (at most {MaxBodyBytes / 1024} KiB; the description at most {DisclosureReportService.MaxDescriptionLength:N0} characters). Shorten it, or say in the description that you have more material to share.";

    // Refuses without echoing anything that was sent.
    private PageResult Refuse(int status, string message)
    {
        (ReporterName, ReporterEmail, ProductId, Title, Description, SeverityGuess, Website) = (null, null, null, null, null, null, null);
        Refusal = message;
        Response.StatusCode = status;
        Stamp = stamps.Issue(Organisation!.Id);
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
