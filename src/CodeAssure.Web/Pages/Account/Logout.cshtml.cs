using CodeAssure.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery, so a link elsewhere cannot sign someone out).</summary>
internal sealed class LogoutModel(SignInManager<AppUser> signIn) : FormPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
