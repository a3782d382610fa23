using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>The Owner's view of notifications: every subscription, and the delivery log with each attempt's outcome.</summary>
[RequiresRole(OrganisationRole.Owner)]
internal sealed class NotificationsModel(SubscriptionService subscriptions, DeliveryLog log) : FormPageModel
{
    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Products { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<(OutboxMessage Message, IReadOnlyList<DeliveryAttempt> Attempts)> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        if (!tenant.IsOwner)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Subscriptions = await subscriptions.ListAllAsync(tenant.Id, HttpContext.RequestAborted);
        Products = await subscriptions.ProductNamesAsync(tenant.Id, HttpContext.RequestAborted);
        Deliveries = await log.RecentAsync(tenant.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid subscriptionId)
    {
        var tenant = HttpContext.Tenant();
        return await subscriptions.RemoveAsync(tenant.Id, subscriptionId, null, HttpContext.RequestAborted)
            ? Redirect($"/orgs/{tenant.Slug}/notifications")
            : NotFound();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid messageId)
    {
        var tenant = HttpContext.Tenant();
        return await log.RetryAsync(tenant.Id, messageId, HttpContext.RequestAborted)
            ? Redirect($"/orgs/{tenant.Slug}/notifications")
            : NotFound();
    }
}
