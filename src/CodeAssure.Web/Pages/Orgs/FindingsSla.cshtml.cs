using System.Globalization;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Triage;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The SLA policy: every member sees it, the Owner changes it.</summary>
[RequiresRole(OrganisationRole.Owner)]
internal sealed class FindingsSlaModel(FindingService findings) : FormPageModel
{
    [BindProperty]
    public string? CriticalDays { get; set; }

    [BindProperty]
    public string? HighDays { get; set; }

    [BindProperty]
    public string? MediumDays { get; set; }

    [BindProperty]
    public string? LowDays { get; set; }

    [BindProperty]
    public string? UnknownDays { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync([FromQuery] bool saved = false)
    {
        Saved = saved;
        Show(await findings.PolicyAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await TryAsync(() => findings.UpdatePolicyAsync(HttpContext.Tenant(),
                SlaDays.Parse(CriticalDays, HighDays, MediumDays, LowDays, UnknownDays), HttpContext.RequestAborted)))
        {
            return Redirect($"/orgs/{HttpContext.Tenant().Slug}/findings/sla?saved=true");
        }

        return Page();
    }

    private void Show(SlaDays d) =>
        (CriticalDays, HighDays, MediumDays, LowDays, UnknownDays) =
        (Text(d.Critical), Text(d.High), Text(d.Medium), Text(d.Low), Text(d.Unknown));

    private static string Text(int days) => days.ToString(CultureInfo.InvariantCulture);
}
