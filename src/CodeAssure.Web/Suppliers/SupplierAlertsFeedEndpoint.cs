using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// <c>GET /api/v1/orgs/{slug}/suppliers/alerts.atom</c>: the organisation's open supplier alerts as an Atom feed, for a
/// feed reader or a chat integration that can send an API token. Members only (the API's tenancy: 404 otherwise).
/// </summary>
internal static class SupplierAlertsFeedEndpoint
{
    /// <summary>How many alerts the feed carries (the newest).</summary>
    public const int FeedSize = 100;

    /// <summary>Maps the feed.</summary>
    public static IEndpointRouteBuilder MapSupplierAlertsFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/orgs/{slug}/suppliers/alerts.atom", GetAsync)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .AddEndpointFilter<ApiTenantFilter>()
            .WithSummary("The organisation's open supplier alerts (advisories, end of support, incidents, attestations) as an Atom feed, newest first.");
        return app;
    }

    private static async Task<IResult> GetAsync(HttpContext context, SupplierAlertInbox inbox, PublicAddress address)
    {
        var tenant = context.Tenant();
        var rows = await inbox.ListAsync(tenant, kind: null, acknowledged: false, context.RequestAborted).ConfigureAwait(false);
        // The Atom writer takes notification events; these are built in memory only, never stored.
        var entries = rows.Take(FeedSize).Select(r => new NotificationEvent
        {
            Id = r.Alert.Id,
            OrganisationId = tenant.Id,
            ProductId = null,
            Kind = "supplier." + SupplierAlertInbox.Kinds.First(k => k.Kind == r.Alert.Kind).Name,
            Title = $"{r.Supplier}: {r.Alert.Title}",
            Summary = r.Alert.Detail ?? r.Alert.Title,
            Link = null,
            OccurredAt = r.Alert.RaisedAt,
        }).ToList();
        var page = address.Link($"/orgs/{tenant.Slug}/suppliers/alerts");
        var feed = AtomFeed.Write(tenant.Id, $"{tenant.Organisation.Name} supplier alerts", tenant.Organisation.Name,
            address.Link($"/api/v1/orgs/{tenant.Slug}/suppliers/alerts.atom"), page, entries, address.Link);
        return Results.Bytes(feed, AtomFeed.MediaType + "; charset=utf-8");
    }
}
