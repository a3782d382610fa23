using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Account;

/// <summary>The second sign-in step: a TOTP code; failures count towards lockout.</summary>
[EnableRateLimiting(CodeAssureServer.SignInRateLimit)]
internal sealed class LoginMfaModel(SignInManager<AppUser> signIn) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? "Too many failed attempts: this account is locked for 15 minutes." : "The code is wrong or has expired.");
        return Page();
    }
}
