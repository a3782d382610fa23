namespace CodeAssure.Web.Notifications;

/// <summary>What one dispatcher pass did.</summary>
/// <param name="Queued">Outbox messages made from new events.</param>
/// <param name="Delivered">Messages delivered.</param>
/// <param name="Failed">Attempts that failed (retried later, or given up).</param>
internal sealed record DispatchSummary(int Queued, int Delivered, int Failed);
