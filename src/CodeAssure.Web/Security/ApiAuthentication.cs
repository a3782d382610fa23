namespace CodeAssure.Web.Security;

/// <summary>The API's authentication: a bearer API token when one is sent, the session cookie otherwise.</summary>
internal static class ApiAuthentication
{
    public const string SchemeName = "ApiTokenOrCookie";

    /// <summary>The claim holding the organisation id an API token is scoped to.</summary>
    public const string OrganisationClaim = "codeassure:organisation";

    public static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
