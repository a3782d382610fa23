using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CodeAssure.Web.Tenancy;

/// <summary>
/// For every page with a <c>{slug}</c> route value: resolves the tenant (404 for non-members) and checks the role —
/// reads need any member role, changes (POST) need Engineer or the page's <see cref="RequiresRoleAttribute"/>.
/// </summary>
internal sealed class OrganisationPageFilter(TenantResolver resolver) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // The public trust portal (Pages/Trust) has a slug too, but decides who may see it itself (Trust/PortalAccess).
        if (!context.RouteData.Values.TryGetValue("slug", out var slug) ||
            context.ActionDescriptor.ViewEnginePath.StartsWith("/Trust/", StringComparison.Ordinal))
        {
            await next().ConfigureAwait(false);
            return;
        }

        var http = context.HttpContext;
        var tenant = await resolver.ResolveAsync(http.User, slug as string, http.RequestAborted).ConfigureAwait(false);
        if (tenant is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var required = context.HandlerInstance.GetType().GetCustomAttributes(typeof(RequiresRoleAttribute), inherit: true)
                .OfType<RequiresRoleAttribute>().FirstOrDefault()?.Role ?? Data.Entities.OrganisationRole.Engineer;
            if (tenant.Role < required)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            }
        }

        http.Features.Set(tenant);
        await next().ConfigureAwait(false);
    }
}
