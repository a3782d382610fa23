using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Web.Notifications;

/// <summary>The JSON body of a webhook delivery (documented in docs/notifications.md).</summary>
internal sealed record WebhookPayload(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("organisation")] string Organisation,
    [property: JsonPropertyName("productId")] Guid? ProductId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("link")] string? Link,
    [property: JsonPropertyName("occurredAt")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("data")] JsonElement? Data);
