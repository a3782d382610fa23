using CodeAssure.Data.Entities;
using CodeAssure.Web.Disclosure;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The vulnerability disclosure settings behind security.txt and the report form (the Owner edits; members view).</summary>
[RequiresRole(OrganisationRole.Owner)]
internal sealed class DisclosureModel(DisclosurePolicyService policies, DisclosureSettings settings) : FormPageModel
{
    public bool Exists { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public string? Contacts { get; set; }

    [BindProperty]
    public string? PolicyUrl { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? SafeHarbour { get; set; }

    [BindProperty]
    public string? AcknowledgeWithinDays { get; set; } = "5";

    [BindProperty]
    public string? TriageWithinDays { get; set; } = "30";

    [BindProperty]
    public string? PreferredLanguages { get; set; } = "en";

    [BindProperty]
    public string? EncryptionUrl { get; set; }

    [BindProperty]
    public bool ReportFormEnabled { get; set; } = true;

    public string SecurityTxtUrl => new Uri(SecurityTxtEndpoints.PublicBaseUrl(Request, settings), $"trust/{HttpContext.Tenant().Slug}/.well-known/security.txt").AbsoluteUri;

    public string ReportFormUrl => new Uri(SecurityTxtEndpoints.PublicBaseUrl(Request, settings), $"trust/{HttpContext.Tenant().Slug}/report").AbsoluteUri;

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        if (await policies.FindAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted) is { } policy)
        {
            Exists = true;
            Contacts = policy.Contacts.Replace("\n", "\r\n", StringComparison.Ordinal);
            PolicyUrl = policy.PolicyUrl;
            Scope = policy.Scope;
            SafeHarbour = policy.SafeHarbour;
            AcknowledgeWithinDays = policy.AcknowledgeWithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
            TriageWithinDays = policy.TriageWithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
            PreferredLanguages = policy.PreferredLanguages;
            EncryptionUrl = policy.EncryptionUrl;
            ReportFormEnabled = policy.ReportFormEnabled;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var form = new DisclosurePolicyForm(Contacts, PolicyUrl, Scope, SafeHarbour, AcknowledgeWithinDays, TriageWithinDays, PreferredLanguages, EncryptionUrl, ReportFormEnabled);
        if (await TryAsync(() => policies.SaveAsync(HttpContext.Tenant(), form, HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{HttpContext.Tenant().Slug}/disclosure?saved=true");
        }

        Exists = await policies.FindAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted) is not null;
        return Page();
    }
}
