using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// The Atom feeds of the trust portal (<c>/trust/{slug}/feed.atom</c>, <c>/trust/{slug}/products/{id}/feed.atom</c>)
/// and the Owner's notifications API.
/// </summary>
internal static class NotificationEndpoints
{
    /// <summary>How many entries a feed carries (the newest).</summary>
    public const int FeedSize = 50;

    /// <summary>Maps the feeds and the API; feed visibility is decided by <see cref="PortalAccess"/> (404 for those who may not see the portal).</summary>
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trust/{slug}/feed.atom", OrganisationFeedAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/trust/{slug}/products/{productId}/feed.atom", ProductFeedAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapNotificationsApi();
        return app;
    }

    private static async Task<IResult> OrganisationFeedAsync(string slug, HttpContext context, PortalAccess portal, CodeAssureDbContext db, PublicAddress address)
    {
        var organisation = await portal.ResolveAsync(context.User, slug, context.RequestAborted).ConfigureAwait(false);
        if (organisation is null)
        {
            return Results.NotFound();
        }

        var events = await LatestAsync(db, db.NotificationEvents.Where(e => e.OrganisationId == organisation.Id), context.RequestAborted).ConfigureAwait(false);
        var feed = AtomFeed.Write(organisation.Id, $"{organisation.Name} security notifications", organisation.Name,
            address.Link($"/trust/{organisation.Slug}/feed.atom"), address.Link($"/trust/{organisation.Slug}"), events, address.Link);
        return Results.Bytes(feed, AtomFeed.MediaType + "; charset=utf-8");
    }

    private static async Task<IResult> ProductFeedAsync(string slug, string productId, HttpContext context, PortalAccess portal, CodeAssureDbContext db, PublicAddress address)
    {
        var organisation = await portal.ResolveAsync(context.User, slug, context.RequestAborted).ConfigureAwait(false);
        if (organisation is null || !Guid.TryParse(productId, out var id))
        {
            return Results.NotFound();
        }

        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.OrganisationId == organisation.Id, context.RequestAborted).ConfigureAwait(false);
        if (product is null)
        {
            return Results.NotFound();
        }

        // A product's feed carries its own news and the organisation-wide news (incidents, policy changes) that concern it too.
        var events = await LatestAsync(db, db.NotificationEvents.Where(e => e.OrganisationId == organisation.Id && (e.ProductId == id || e.ProductId == null)),
            context.RequestAborted).ConfigureAwait(false);
        var feed = AtomFeed.Write(product.Id, $"{organisation.Name} {product.Name} security notifications", organisation.Name,
            address.Link($"/trust/{organisation.Slug}/products/{product.Id}/feed.atom"), address.Link($"/trust/{organisation.Slug}"), events, address.Link);
        return Results.Bytes(feed, AtomFeed.MediaType + "; charset=utf-8");
    }

    // SQLite cannot order by DateTimeOffset in SQL: there the (id, time) pairs are sorted in memory and the newest loaded.
    private static async Task<List<NotificationEvent>> LatestAsync(CodeAssureDbContext db, IQueryable<NotificationEvent> query, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await query.AsNoTracking().OrderByDescending(e => e.OccurredAt).Take(FeedSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var keys = await query.Select(e => new { e.Id, e.OccurredAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var newest = keys.OrderByDescending(k => k.OccurredAt).Take(FeedSize).Select(k => k.Id).ToList();
        var rows = await db.NotificationEvents.AsNoTracking().Where(e => newest.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderByDescending(e => e.OccurredAt)];
    }
}
