using System.Security.Claims;
using System.Text.Encodings.Web;
using CodeAssure.Web.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CodeAssure.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the stored SHA-256 of unrevoked tokens.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (token is null)
        {
            return AuthenticateResult.Fail("The API token is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "token:" + token.Id.ToString("D")),
            new Claim(ClaimTypes.Name, token.Name),
            new Claim(ApiAuthentication.OrganisationClaim, token.OrganisationId.ToString("D")),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
