using CodeAssure.Data.Entities;
using CodeAssure.Web.Api;
using CodeAssure.Web.Security;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// <c>/api/v1/orgs/{slug}/notifications</c>: the Owner's subscriptions list and delivery log as JSON (what the
/// notifications page shows), for the Owner's session only (not API tokens: the log names customers' addresses).
/// </summary>
internal static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/orgs/{slug}/notifications")
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiAuthentication.SchemeName })
            .DisableAntiforgery()
            .AddEndpointFilter<ApiTenantFilter>()
            .WithMetadata(new RequiresRoleAttribute(OrganisationRole.Owner), new SessionOnlyAttribute());
        group.MapGet("/subscriptions", ListSubscriptionsAsync).WithSummary("Every subscription of the organisation (never webhook secrets).");
        group.MapDelete("/subscriptions/{id:guid}", RemoveSubscriptionAsync).WithSummary("Remove a subscription; its waiting messages are cancelled.");
        group.MapGet("/deliveries", ListDeliveriesAsync).WithSummary("The newest 100 outbox messages with every delivery attempt.");
        group.MapPost("/deliveries/{id:guid}/retry", RetryAsync).WithSummary("Put a failed message back in the queue, due now.");
    }

    private static async Task<IResult> ListSubscriptionsAsync(HttpContext c, SubscriptionService subscriptions, CancellationToken ct)
    {
        var list = await subscriptions.ListAllAsync(c.Tenant().Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(list.Select(s => new
        {
            id = s.Id,
            productId = s.ProductId,
            channel = s.Channel == OutboxChannel.Email ? "email" : "webhook",
            target = s.Target,
            kinds = s.Kinds?.Split(' '),
            createdAt = s.CreatedAt,
            confirmedAt = s.ConfirmedAt,
        }));
    }

    private static async Task<IResult> RemoveSubscriptionAsync(Guid id, HttpContext c, SubscriptionService subscriptions, CancellationToken ct) =>
        await subscriptions.RemoveAsync(c.Tenant().Id, id, null, ct).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static async Task<IResult> ListDeliveriesAsync(HttpContext c, DeliveryLog log, CancellationToken ct)
    {
        var rows = await log.RecentAsync(c.Tenant().Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(r => new
        {
            id = r.Message.Id,
            eventId = r.Message.EventId,
            channel = r.Message.Channel == OutboxChannel.Email ? "email" : "webhook",
            target = r.Message.Target,
            subject = r.Message.Subject,
            status = r.Message.DeliveredAt is not null ? "delivered" : r.Message.FailedAt is not null ? "failed" : "waiting",
            attempts = r.Message.Attempts,
            createdAt = r.Message.CreatedAt,
            nextAttemptAt = r.Message.DeliveredAt is null && r.Message.FailedAt is null ? r.Message.NextAttemptAt : (DateTimeOffset?)null,
            deliveredAt = r.Message.DeliveredAt,
            failedAt = r.Message.FailedAt,
            lastError = r.Message.LastError,
            log = r.Attempts.Select(a => new { at = a.At, succeeded = a.Succeeded, statusCode = a.StatusCode, error = a.Error, durationMs = a.DurationMilliseconds }),
        }));
    }

    private static async Task<IResult> RetryAsync(Guid id, HttpContext c, DeliveryLog log, CancellationToken ct) =>
        await log.RetryAsync(c.Tenant().Id, id, ct).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No failed message with this id in the organisation.");
}
