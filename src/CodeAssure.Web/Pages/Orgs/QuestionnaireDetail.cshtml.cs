using System.Text;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Questionnaires;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>One vendor questionnaire: its answers summarised by principle, downloads, withdrawal.</summary>
internal sealed class QuestionnaireDetailModel(QuestionnaireService questionnaires) : FormPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public VendorQuestionnaire Questionnaire { get; private set; } = null!;

    public IReadOnlyList<(string Principle, int Met, int Partly, int NotMet, int NotApplicable)> Summary { get; private set; } = [];

    public QuestionnaireService Service => questionnaires;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await questionnaires.FindAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        Questionnaire = found;
        Summary = found.AnswersJson is { } json ? QuestionnaireService.Summary(json) : [];
        return Page();
    }

    public async Task<IActionResult> OnGetAnswersAsync() =>
        await questionnaires.FindAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted) is { AnswersJson: { } json }
            ? File(Encoding.UTF8.GetBytes(json), "application/json", $"questionnaire-{Id:N}.json")
            : NotFound();

    public async Task<IActionResult> OnGetAttestationAsync() =>
        await questionnaires.FindAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted) is { AttestationJson: { } json }
            ? File(Encoding.UTF8.GetBytes(json), "application/json", $"attestation-{Id:N}.json")
            : NotFound();

    public async Task<IActionResult> OnPostWithdrawAsync() =>
        await questionnaires.WithdrawAsync(HttpContext.Tenant(), Id, HttpContext.RequestAborted)
            ? Redirect($"/orgs/{HttpContext.Tenant().Slug}/questionnaires/{Id}")
            : NotFound();
}
