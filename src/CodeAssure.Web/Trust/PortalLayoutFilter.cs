using CodeAssure.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Trust;

/// <summary>
/// Gives every page under Pages/Trust the vendor's portal layout: pages that do not load the vendor themselves (the
/// report form, subscriptions, attestations) get it from the route's organisation, so the whole portal looks and
/// navigates the same. Pages still decide who may see them; this only names the vendor on a page being shown.
/// </summary>
internal sealed class PortalLayoutFilter(CodeAssureDbContext db) : IAsyncPageFilter
{
    private static readonly string[] RouteKeys = ["slug", "org", "vendor"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next().ConfigureAwait(false);
        if (!context.ActionDescriptor.ViewEnginePath.StartsWith("/Trust/", StringComparison.Ordinal) ||
            executed.Result is not (PageResult or null) || context.HandlerInstance is not PageModel page ||
            page.ViewData.ContainsKey(PortalLayout.VendorKey))
        {
            return;
        }

        var slug = RouteKeys.Select(k => context.RouteData.Values.TryGetValue(k, out var v) ? v as string : null).FirstOrDefault(v => v is not null);
        if (slug is { Length: > 0 and <= 64 } &&
            await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, context.HttpContext.RequestAborted).ConfigureAwait(false) is { } vendor)
        {
            page.ViewData[PortalLayout.VendorKey] = vendor;
        }
    }
}
