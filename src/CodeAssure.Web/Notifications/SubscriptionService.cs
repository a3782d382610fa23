using System.Security.Claims;
using System.Text.RegularExpressions;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// Makes, confirms, lists and removes subscriptions. Email subscriptions need the address's owner to confirm (double
/// opt-in) before anything is sent; webhooks need a member with the Customer role or above and get a signing secret.
/// </summary>
internal sealed partial class SubscriptionService(
    CodeAssureDbContext db, TimeProvider time, SubscriptionTokens tokens, WebhookTargetGuard guard, NotificationQueue queue, PublicAddress address)
{
    /// <summary>The most kinds one subscription may filter on.</summary>
    public const int MaxKinds = 20;

    /// <summary>The caller's role in the organisation, or null for visitors who are not members.</summary>
    public async Task<OrganisationRole?> RoleOfAsync(Organisation organisation, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var userId = UserIdOf(user);
        if (userId is null)
        {
            return null;
        }

        var membership = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.OrganisationId == organisation.Id && m.UserId == userId, cancellationToken).ConfigureAwait(false);
        return membership?.Role;
    }

    /// <summary>Makes a subscription for the caller (who has already passed <c>PortalAccess</c> for the organisation).</summary>
    public async Task<SubscriptionResult> SubscribeAsync(Organisation organisation, ClaimsPrincipal user, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(request);
        var role = await RoleOfAsync(organisation, user, cancellationToken).ConfigureAwait(false);
        var channel = request.Channel?.Trim().ToLowerInvariant() switch
        {
            "email" or null or "" => OutboxChannel.Email,
            "webhook" => OutboxChannel.Webhook,
            _ => throw new InvalidInputException(nameof(request.Channel), "The channel must be email or webhook."),
        };
        if (role is null && organisation.PortalVisibility != PortalVisibility.Public)
        {
            throw new InvalidInputException(string.Empty, "Only members of the organisation may subscribe to its notifications.");
        }

        if (channel == OutboxChannel.Webhook && (role is null || role < OrganisationRole.Customer))
        {
            throw new InvalidInputException(nameof(request.Channel), "Webhooks are for signed-in members of the organisation with the Customer role or above.");
        }

        var productId = await ProductAsync(organisation, request.ProductId, cancellationToken).ConfigureAwait(false);
        var kinds = ParseKinds(request.Kinds);
        var now = time.GetUtcNow();
        var subscription = new Subscription
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation.Id,
            ProductId = productId,
            Channel = channel,
            Target = "",
            Kinds = kinds,
            CreatedBy = UserIdOf(user) ?? "anonymous",
            CreatedAt = now,
        };

        string? secret = null;
        if (channel == OutboxChannel.Webhook)
        {
            subscription.Target = (await guard.ParseAsync(nameof(request.Target), request.Target, cancellationToken).ConfigureAwait(false)).AbsoluteUri;
            secret = WebhookSignature.NewSecret();
            subscription.ProtectedSecret = tokens.ProtectSecret(secret);
            subscription.ConfirmedAt = now; // the subscriber is a signed-in member who typed the URL and holds the secret
        }
        else
        {
            subscription.Target = ParseEmail(nameof(request.Target), request.Target);
            // The same address subscribing again gets a fresh confirmation link, without revealing that it was subscribed.
            var existing = await db.Subscriptions.FirstOrDefaultAsync(
                s => s.OrganisationId == organisation.Id && s.ProductId == productId && s.Channel == OutboxChannel.Email && s.Target == subscription.Target,
                cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.ConfirmedAt is null)
                {
                    QueueConfirmation(organisation, existing);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                return new SubscriptionResult(existing, null);
            }

            QueueConfirmation(organisation, subscription);
        }

        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SubscriptionResult(subscription, secret);
    }

    /// <summary>Confirms the email subscription a token names, if it belongs to the organisation; false otherwise.</summary>
    public async Task<bool> ConfirmAsync(string? slug, string? token, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(slug, tokens.ReadConfirmationToken(token), cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return false;
        }

        subscription.ConfirmedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether an unsubscribe token names a live subscription of the organisation.</summary>
    public async Task<Subscription?> FindByUnsubscribeTokenAsync(string? slug, string? token, CancellationToken cancellationToken) =>
        await FindAsync(slug, tokens.ReadUnsubscribeToken(token), cancellationToken).ConfigureAwait(false);

    /// <summary>Removes the subscription an unsubscribe token names (no sign-in needed); false when there is none.</summary>
    public async Task<bool> UnsubscribeAsync(string? slug, string? token, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(slug, tokens.ReadUnsubscribeToken(token), cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return false;
        }

        await RemoveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The caller's own subscriptions in the organisation.</summary>
    public async Task<IReadOnlyList<Subscription>> ListOwnAsync(Guid organisationId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = UserIdOf(user);
        if (userId is null)
        {
            return [];
        }

        var list = await db.Subscriptions.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.CreatedBy == userId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.OrderBy(s => s.CreatedAt)];
    }

    /// <summary>Every subscription of the organisation (for its Owner).</summary>
    public async Task<IReadOnlyList<Subscription>> ListAllAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var list = await db.Subscriptions.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.OrderBy(s => s.CreatedAt)];
    }

    /// <summary>
    /// Removes a subscription of the organisation; when <paramref name="onlyOwnOf"/> is given, only if that user made it.
    /// False when there is no such subscription.
    /// </summary>
    public async Task<bool> RemoveAsync(Guid organisationId, Guid subscriptionId, ClaimsPrincipal? onlyOwnOf, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == subscriptionId && s.OrganisationId == organisationId, cancellationToken).ConfigureAwait(false);
        if (subscription is null || (onlyOwnOf is not null && subscription.CreatedBy != UserIdOf(onlyOwnOf)))
        {
            return false;
        }

        await RemoveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The product names of the organisation, by id (for lists).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ProductNamesAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);

    /// <summary>The user id of a signed-in principal, or null.</summary>
    public static string? UserIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>Parses a kinds filter: dotted lower-case names separated by spaces or commas; null for all kinds.</summary>
    public static string? ParseKinds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kinds = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (kinds.Count > MaxKinds)
        {
            throw new InvalidInputException("Kinds", $"Choose at most {MaxKinds} kinds of event.");
        }

        foreach (var kind in kinds)
        {
            if (kind.Length > 60 || !KindPattern().IsMatch(kind))
            {
                throw new InvalidInputException("Kinds", $"'{Shorten(kind)}' is not an event kind: use dotted lower-case names such as advisory.published.");
            }
        }

        return string.Join(' ', kinds);
    }

    /// <summary>Whether a subscription's kinds filter lets an event kind through.</summary>
    public static bool Wants(Subscription subscription, string kind)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Kinds is null || subscription.Kinds.Split(' ').Contains(kind, StringComparer.Ordinal);
    }

    private async Task RemoveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        // Messages still waiting for this subscription are not sent any more; they stay in the delivery log.
        var now = time.GetUtcNow();
        var waiting = await db.Outbox.Where(m => m.SubscriptionId == subscription.Id && m.DeliveredAt == null && m.FailedAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var message in waiting)
        {
            message.FailedAt = now;
            message.LastError = "cancelled: the subscription was removed";
            message.SubscriptionId = null;
        }

        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Subscription?> FindAsync(string? slug, Guid? id, CancellationToken cancellationToken)
    {
        if (id is null || string.IsNullOrEmpty(slug))
        {
            return null;
        }

        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return null;
        }

        var belongs = await db.Organisations.AnyAsync(o => o.Id == subscription.OrganisationId && o.Slug == slug, cancellationToken).ConfigureAwait(false);
        return belongs ? subscription : null;
    }

    private void QueueConfirmation(Organisation organisation, Subscription subscription)
    {
        var link = address.Link($"/trust/{organisation.Slug}/confirm?token={Uri.EscapeDataString(tokens.ConfirmationToken(subscription.Id))}");
        var body = $"""
            Someone (we hope you) asked to receive security notifications from {organisation.Name} at this address.

            To confirm, open this link within 7 days and press "Confirm":
            {link}

            If you did not ask for this, ignore this email: nothing will be sent unless the subscription is confirmed.
            """;
        queue.Email(organisation.Id, subscription.Target, $"Confirm your subscription to {organisation.Name} security notifications", body);
    }

    private async Task<Guid?> ProductAsync(Organisation organisation, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Guid.TryParse(text.Trim(), out var id) ||
            !await db.Products.AnyAsync(p => p.Id == id && p.OrganisationId == organisation.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidInputException("ProductId", "Choose one of the organisation's products, or all products.");
        }

        return id;
    }

    private static string ParseEmail(string field, string? value)
    {
        var text = Input.Required(field, value, 254, "The email address");
        // Just an address (no display name, no list), so the confirmation goes exactly where the user said.
        if (!MailboxAddress.TryParse(text, out var mailbox) || mailbox.Address != text || mailbox.Name?.Length > 0 ||
            !text.Contains('@', StringComparison.Ordinal) || text.StartsWith('@') || text.EndsWith('@') || text.Any(char.IsWhiteSpace))
        {
            throw new InvalidInputException(field, "The email address must be a single address such as name@example.com.");
        }

        return text;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();
}
