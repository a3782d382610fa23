using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Trust;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Pages.Trust;

/// <summary>
/// Subscribe to an organisation's security notifications: email (double opt-in) for anyone who may see the portal,
/// signed webhooks for members with the Customer role or above. The webhook secret is shown once, in the response.
/// </summary>
[EnableRateLimiting(NotificationServices.SubscribeRateLimit)] // the form sends email to any address: limit it per client
internal sealed class SubscribeModel(PortalAccess portal, SubscriptionService subscriptions) : FormPageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Products { get; private set; } = new Dictionary<Guid, string>();

    public bool CanUseWebhooks { get; private set; }

    public bool SignedIn => SubscriptionService.UserIdOf(User) is not null;

    public string? NewSecret { get; private set; }

    public Subscription? Created { get; private set; }

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? ProductId { get; set; }

    [BindProperty]
    public string? Kinds { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        await TryAsync(async () =>
        {
            var result = await subscriptions.SubscribeAsync(Organisation, User, new SubscriptionRequest(Channel, Target, ProductId, Kinds), HttpContext.RequestAborted);
            Created = result.Subscription;
            NewSecret = result.WebhookSecret;
        });
        return Page();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        var organisation = await portal.ResolveAsync(User, slug, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return false;
        }

        Organisation = organisation;
        Products = await subscriptions.ProductNamesAsync(organisation.Id, HttpContext.RequestAborted);
        CanUseWebhooks = await subscriptions.RoleOfAsync(organisation, User, HttpContext.RequestAborted) >= OrganisationRole.Customer;
        return true;
    }
}
