using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>The signed-in visitor's own subscriptions to an organisation's notifications, with a way to remove each.</summary>
internal sealed class SubscriptionsModel(PortalAccess portal, SubscriptionService subscriptions) : FormPageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Products { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (SubscriptionService.UserIdOf(User) is null)
        {
            return Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString($"/trust/{slug}/subscriptions"));
        }

        return await LoadAsync(slug) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, Guid subscriptionId)
    {
        if (SubscriptionService.UserIdOf(User) is null || !await LoadAsync(slug))
        {
            return NotFound();
        }

        return await subscriptions.RemoveAsync(Organisation.Id, subscriptionId, User, HttpContext.RequestAborted)
            ? Redirect($"/trust/{Organisation.Slug}/subscriptions")
            : NotFound();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var organisation = await portal.ResolveAsync(User, slug, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        Subscriptions = await subscriptions.ListOwnAsync(organisation.Id, User, HttpContext.RequestAborted);
        Products = await subscriptions.ProductNamesAsync(organisation.Id, HttpContext.RequestAborted);
        return true;
    }
}
