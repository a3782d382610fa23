using CodeAssure.Data.Entities;
using CodeAssure.Web.Disclosure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// Where a reporter checks a report's status with its reference and their email address. A wrong reference and a wrong
/// address get the same answer, and lookups are rate limited, so the page reveals neither references nor reporters.
/// </summary>
[EnableRateLimiting(DisclosureRateLimits.PolicyName)]
[RequestSizeLimit(8 * 1024)]
internal sealed class ReportStatusModel(DisclosurePolicyService policies, DisclosureReportService reports) : FormPageModel
{
    /// <summary>The one answer for every failed lookup.</summary>
    public const string NoMatch = "No report matches that reference and email address. Check both (the reference is in the acknowledgement email) and try again.";

    public Organisation? Organisation { get; private set; }

    public DisclosureReport? Report { get; private set; }

    public bool NotFoundMessage { get; private set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(string org) => await LoadAsync(org) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string org)
    {
        if (!await LoadAsync(org))
        {
            return NotFound();
        }

        Report = Reference is { Length: <= 64 } && Email is { Length: <= 254 }
            ? await reports.FindForReporterAsync(Organisation!.Id, Reference, Email, HttpContext.RequestAborted)
            : null;
        NotFoundMessage = Report is null;
        return Page();
    }

    /// <summary>What the status means, in words for the reporter.</summary>
    public static string Describe(DisclosureReportStatus status) => status switch
    {
        DisclosureReportStatus.Received => "Received: your report is waiting to be looked at.",
        DisclosureReportStatus.Triage => "In triage: your report is being investigated.",
        DisclosureReportStatus.Confirmed => "Confirmed: the vulnerability is confirmed and a fix is being prepared.",
        DisclosureReportStatus.Resolved => "Resolved: a fix is available.",
        DisclosureReportStatus.Closed => "Closed: no action will be taken (not a vulnerability, out of scope, or already known).",
        _ => status.ToString(),
    };

    private async Task<bool> LoadAsync(string org)
    {
        if (await policies.FindPublishedAsync(org, HttpContext.RequestAborted) is not { Policy.ReportFormEnabled: true } published)
        {
            return false;
        }

        Organisation = published.Organisation;
        return true;
    }
}
