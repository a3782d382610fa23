using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Api;

/// <summary>
/// The API's side of tenancy and errors for every <c>/api/v1/orgs/{slug}</c> route: resolves the tenant (404 for
/// non-members), applies the route's role requirement, and turns rejected input into a 400 validation problem.
/// </summary>
internal sealed class ApiTenantFilter(TenantResolver resolver) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tenant = await resolver.ResolveAsync(http.User, http.GetRouteValue("slug") as string, http.RequestAborted).ConfigureAwait(false);
        if (tenant is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
        }

        var metadata = http.GetEndpoint()?.Metadata;
        if (tenant.IsApiToken && metadata?.GetMetadata<SessionOnlyAttribute>() is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not available to API tokens",
                detail: "Sign in to manage this; API tokens cannot.");
        }

        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var required = metadata?.GetMetadata<RequiresRoleAttribute>()?.Role ?? (isRead ? OrganisationRole.Auditor : OrganisationRole.Engineer);
        if (tenant.Role < required)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"This needs the {required} role or higher in the organisation.");
        }

        http.Features.Set(tenant);
        return await ApiErrors.GuardAsync(() => next(context)).ConfigureAwait(false);
    }
}
