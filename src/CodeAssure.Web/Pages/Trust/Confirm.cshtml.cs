using CodeAssure.Web.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// The double opt-in: the link in the confirmation email opens this page, and pressing the button confirms. A GET never
/// confirms, so mail scanners that open links do not subscribe anyone. The token is the proof; no sign-in is needed.
/// </summary>
internal sealed class ConfirmModel(SubscriptionService subscriptions) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        Confirmed = await subscriptions.ConfirmAsync(slug, Token, HttpContext.RequestAborted);
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Token), "This confirmation link is not valid or has expired (links work for 7 days). Subscribe again to get a new one.");
        }

        return Page();
    }
}
