using System.Text;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Questionnaires;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>One vendor questionnaire: its answers summarised by principle, downloads, withdrawal.</summary>
internal sealed class QuestionnaireDetailModel(QuestionnaireService questionnaires, Suppliers.SupplierRegister suppliers, Suppliers.QuestionnaireAttestationCheck check) : FormPageModel
{
    /// <summary>Suppliers in the register with a portal, whose keys can verify the vendor's attestation.</summary>
    public IReadOnlyList<Suppliers.SupplierRow> Suppliers { get; private set; } = [];

    [BindProperty]
    public Guid? SupplierId { get; set; }

    [BindProperty]
    public string? IssuerUrl { get; set; }

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
        Suppliers = [.. (await suppliers.ListAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted)).Where(s => s.PortalUrl is not null)];
        return Page();
    }

    /// <summary>Verifies the vendor's attestation against a register supplier's keys or an issuer's portal; the verdict is stored.</summary>
    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var found = true;
        await TryAsync(async () => found = await check.VerifyAsync(HttpContext.Tenant(), Id, SupplierId, IssuerUrl, HttpContext.RequestAborted) is not null);
        return found ? await OnGetAsync() : NotFound();
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
