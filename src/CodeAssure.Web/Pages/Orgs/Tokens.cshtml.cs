using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Tokens;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Create and revoke API tokens (Engineer and above); the secret is shown once.</summary>
internal sealed class TokensModel(ApiTokenService tokens) : FormPageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(HttpContext.Tenant(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        // The secret is rendered in this response only (never redirected with it in a URL).
        await TryAsync(async () => NewSecret = (await tokens.CreateAsync(HttpContext.Tenant(), UserId, Name, HttpContext.RequestAborted)).Secret);
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId) =>
        await tokens.RevokeAsync(HttpContext.Tenant(), tokenId, HttpContext.RequestAborted) ? Redirect($"/orgs/{HttpContext.Tenant().Slug}/tokens") : NotFound();
}
