using CodeAssure.Web.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// Unsubscribe from the link in any notification email, without signing in (the token is the proof). It works even if
/// the portal has since become private: nobody should have to sign in to stop email.
/// </summary>
internal sealed class UnsubscribeModel(SubscriptionService subscriptions) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Done { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        // An unknown or already used token ends the same way: the address gets nothing more.
        await subscriptions.UnsubscribeAsync(slug, Token, HttpContext.RequestAborted);
        Done = true;
        return Page();
    }
}
