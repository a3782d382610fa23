using CodeAssure.Data.Entities;
using CodeAssure.Web.Security;
using CodeAssure.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages;

/// <summary>First-run setup: the printed one-time link creates the first administrator, who then must enrol MFA.</summary>
[EnableRateLimiting(CodeAssureServer.SignInRateLimit)]
internal sealed class SetupModel(SetupTokenService setup, SignInManager<AppUser> signIn) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool TokenValid { get; private set; }

    public async Task OnGetAsync() => TokenValid = await setup.IsValidAsync(Token, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        TokenValid = true;
        if (!string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The two passwords differ.");
            return Page();
        }

        AppUser? user = null;
        if (!await TryAsync(async () => user = await setup.CreateAdministratorAsync(Token, Email, Password, HttpContext.RequestAborted)))
        {
            TokenValid = await setup.IsValidAsync(Token, HttpContext.RequestAborted);
            return Page();
        }

        await signIn.SignInAsync(user!, isPersistent: false);
        return Redirect(MfaEnforcementMiddleware.EnrolPath);
    }
}
