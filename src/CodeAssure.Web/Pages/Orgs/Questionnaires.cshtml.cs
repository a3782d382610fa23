using CodeAssure.Data.Entities;
using CodeAssure.Web.Questionnaires;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Questionnaires sent to upstream vendors over themes 1–2: list, and create (the link is shown once).</summary>
internal sealed class QuestionnairesModel(QuestionnaireService questionnaires) : FormPageModel
{
    public IReadOnlyList<VendorQuestionnaire> Questionnaires { get; private set; } = [];

    public string? NewLink { get; private set; }

    public QuestionnaireService Service => questionnaires;

    [BindProperty]
    public string? VendorName { get; set; }

    [BindProperty]
    public string? VendorEmail { get; set; }

    [BindProperty]
    public string? ProductName { get; set; }

    [BindProperty]
    public int? ValidDays { get; set; }

    public async Task OnGetAsync() => Questionnaires = await questionnaires.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        // The link carries the only copy of the token: it is rendered in this response and never stored or redirected.
        if (await TryAsync(async () =>
            {
                var (_, token) = await questionnaires.CreateAsync(HttpContext.Tenant(), UserId, VendorName, VendorEmail, ProductName, ValidDays, HttpContext.RequestAborted);
                NewLink = $"{Request.Scheme}://{Request.Host}/questionnaire/{token}";
            }))
        {
            (VendorName, VendorEmail, ProductName, ValidDays) = (null, null, null, null);
        }

        await OnGetAsync();
        return Page();
    }
}
