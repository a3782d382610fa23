namespace CodeAssure.Web.Security;

/// <summary>
/// Until a privileged user has enrolled an authenticator, every page sends them to enrolment and the API refuses
/// them: nothing else is reachable without MFA.
/// </summary>
internal sealed class MfaEnforcementMiddleware(RequestDelegate next)
{
    public const string EnrolPath = "/account/enrol-mfa";

    public async Task InvokeAsync(HttpContext context, MfaRequirement requirement)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true &&
            !path.StartsWithSegments(EnrolPath, StringComparison.OrdinalIgnoreCase) &&
            !path.StartsWithSegments("/account/logout", StringComparison.OrdinalIgnoreCase) &&
            !path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase) &&
            !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) &&
            await requirement.MustEnrolAsync(context.User, context.GetRouteValue("slug") as string, context.RequestAborted).ConfigureAwait(false))
        {
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Multi-factor authentication required",
                    detail: $"Enrol an authenticator at {EnrolPath} before using the API.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            context.Response.Redirect(EnrolPath);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
