using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Notifications;

/// <summary>A subscription just made; <see cref="WebhookSecret"/> is the webhook's signing secret, shown this once.</summary>
internal sealed record SubscriptionResult(Subscription Subscription, string? WebhookSecret);
