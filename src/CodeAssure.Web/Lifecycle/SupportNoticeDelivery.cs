using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Lifecycle;

/// <summary>A published notice with the evidence of its delivery: the outbox messages queued for its notification event.</summary>
/// <param name="Notice">The notice.</param>
/// <param name="Versions">The versions of the period it announces.</param>
/// <param name="FannedOutAt">When the dispatcher turned the event into messages; null until then.</param>
/// <param name="Delivered">Messages delivered.</param>
/// <param name="Pending">Messages still being tried.</param>
/// <param name="Failed">Messages given up on.</param>
/// <param name="LastDeliveredAt">When the last message was delivered.</param>
internal sealed record SupportNoticeDelivery(
    SupportNotice Notice, string Versions, DateTimeOffset? FannedOutAt, int Delivered, int Pending, int Failed, DateTimeOffset? LastDeliveredAt);
