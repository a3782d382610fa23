using System.Text;
using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;

namespace CodeAssure.Web.Pages.Account;

/// <summary>TOTP enrolment (RFC 6238 via Identity's authenticator key): a QR code as SVG plus the key in text.</summary>
[EnableRateLimiting(CodeAssureServer.SignInRateLimit)]
internal sealed class EnrolMfaModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : FormPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enrolled { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/account/login");
        }

        Enrolled = user.TwoFactorEnabled;
        if (!Enrolled)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/account/login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "The code is wrong or has expired: enter the code your app shows now.");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("no authenticator key");
        }

        FormattedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("CodeAssure:" + user.Email)}?secret={key}&issuer=CodeAssure&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
