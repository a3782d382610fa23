namespace CodeAssure.Data.Entities;

/// <summary>How an outbox message is delivered.</summary>
public enum OutboxChannel
{
    /// <summary>Email over SMTP.</summary>
    Email = 0,

    /// <summary>An HTTP POST signed with HMAC-SHA256.</summary>
    Webhook = 1,
}
