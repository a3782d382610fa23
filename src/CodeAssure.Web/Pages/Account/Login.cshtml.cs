using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Account;

/// <summary>Password sign-in with lockout after repeated failures; MFA users continue to the code page.</summary>
[EnableRateLimiting(CodeAssureServer.SignInRateLimit)]
internal sealed class LoginModel(SignInManager<AppUser> signIn) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.Empty, "Enter your email address and password.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/account/login-mfa?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
        }

        // One message for unknown email and wrong password, so sign-in does not reveal who has an account.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "The email address or password is wrong.");
        return Page();
    }

    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
