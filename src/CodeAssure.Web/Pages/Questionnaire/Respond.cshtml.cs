using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Questionnaires;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Questionnaire;

/// <summary>
/// The vendor's side of a questionnaire: no account, just the link. Answers every claim of themes 1–2, or attaches an
/// attestation instead. Rate limited like the sign-in forms, since it is reachable by anyone holding a link.
/// </summary>
[EnableRateLimiting(CodeAssureServer.SignInRateLimit)]
internal sealed class RespondModel(QuestionnaireService questionnaires) : FormPageModel
{
    [FromRoute]
    public string? Token { get; set; }

    public QuestionnaireState State { get; private set; }

    public VendorQuestionnaire? Questionnaire { get; private set; }

    public string? Sender { get; private set; }

    public IReadOnlyList<Claim> Claims => questionnaires.Claims;

    [BindProperty]
    public string? RespondentName { get; set; }

    [BindProperty]
    public string? RespondentRole { get; set; }

    [BindProperty]
    public string? Attestation { get; set; }

    public bool Submitted { get; private set; }

    /// <summary>What the vendor typed for a claim, to show again after a validation error.</summary>
    public string? Given(string key) => Request.HasFormContentType ? Request.Form[key].FirstOrDefault() : null;

    public async Task<IActionResult> OnGetAsync()
    {
        (State, Questionnaire, Sender) = await questionnaires.OpenAsync(Token, HttpContext.RequestAborted);
        return State == QuestionnaireState.Unknown ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var answers = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            var id = claim.Id.ToString();
            answers[id] = (Request.Form["answer:" + id].FirstOrDefault(), Request.Form["argument:" + id].FirstOrDefault());
        }

        Submitted = await TryAsync(() => questionnaires.SubmitAsync(Token, RespondentName, RespondentRole, answers, Attestation, HttpContext.RequestAborted));
        (State, Questionnaire, Sender) = await questionnaires.OpenAsync(Token, HttpContext.RequestAborted);
        if (State == QuestionnaireState.Unknown)
        {
            return NotFound();
        }

        if (!Submitted)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
