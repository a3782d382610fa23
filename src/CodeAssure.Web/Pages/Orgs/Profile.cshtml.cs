using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Organisations;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The organisation profile: stakeholder role, SRO appointment, skills and training records (Owner or SRO edits).</summary>
[RequiresRole(OrganisationRole.Sro)]
internal sealed class ProfileModel(OrganisationService organisations) : FormPageModel
{
    public IReadOnlyList<StakeholderRole> StakeholderRoles => organisations.StakeholderRoles;

    public IReadOnlyList<TrainingRecord> Training { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? StakeholderRole { get; set; }

    [BindProperty]
    public string? SroName { get; set; }

    [BindProperty]
    public string? SroAppointedOn { get; set; }

    [BindProperty]
    public bool SroAcknowledged { get; set; }

    [BindProperty]
    public string? PersonName { get; set; }

    [BindProperty]
    public string? TrainingName { get; set; }

    [BindProperty]
    public string? CompletedOn { get; set; }

    [BindProperty]
    public string? ExpiresOn { get; set; }

    public async Task OnGetAsync()
    {
        var org = HttpContext.Tenant().Organisation;
        Name = org.Name;
        StakeholderRole = org.StakeholderRole;
        SroName = org.SroName;
        SroAppointedOn = org.SroAppointedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        SroAcknowledged = org.SroAcknowledged;
        await LoadTrainingAsync();
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        if (await TryAsync(() => organisations.UpdateProfileAsync(HttpContext.Tenant(), Name, StakeholderRole, SroName, SroAppointedOn, SroAcknowledged, HttpContext.RequestAborted)))
        {
            return Redirect(Here);
        }

        await LoadTrainingAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddTrainingAsync()
    {
        if (await TryAsync(() => organisations.AddTrainingAsync(HttpContext.Tenant(), PersonName, TrainingName, CompletedOn, ExpiresOn, HttpContext.RequestAborted)))
        {
            return Redirect(Here);
        }

        var org = HttpContext.Tenant().Organisation;
        (Name, StakeholderRole, SroName, SroAcknowledged) = (org.Name, org.StakeholderRole, org.SroName, org.SroAcknowledged);
        await LoadTrainingAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteTrainingAsync(Guid trainingId) =>
        await organisations.DeleteTrainingAsync(HttpContext.Tenant(), trainingId, HttpContext.RequestAborted) ? Redirect(Here) : NotFound();

    private string Here => $"/orgs/{HttpContext.Tenant().Slug}/profile";

    private async Task LoadTrainingAsync() => Training = await organisations.TrainingAsync(HttpContext.Tenant(), HttpContext.RequestAborted);
}
