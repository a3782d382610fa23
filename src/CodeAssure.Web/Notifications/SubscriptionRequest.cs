namespace CodeAssure.Web.Notifications;

/// <summary>What a subscribe form sends, unchecked: <see cref="SubscriptionService"/> parses it.</summary>
/// <param name="Channel"><c>email</c> or <c>webhook</c>.</param>
/// <param name="Target">The email address or the webhook URL.</param>
/// <param name="ProductId">A product id, or empty for every product.</param>
/// <param name="Kinds">Event kinds separated by spaces or commas, or empty for all.</param>
internal sealed record SubscriptionRequest(string? Channel, string? Target, string? ProductId, string? Kinds);
