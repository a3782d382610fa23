namespace CodeAssure.Web.Notifications;

/// <summary>What one delivery attempt came to: success, or the error to log and retry on.</summary>
internal sealed record DeliveryOutcome(bool Succeeded, int? StatusCode, string? Error)
{
    /// <summary>A delivered message.</summary>
    public static DeliveryOutcome Delivered(int? statusCode) => new(true, statusCode, null);

    /// <summary>A failed attempt, with a one-line reason.</summary>
    public static DeliveryOutcome Failed(int? statusCode, string error) => new(false, statusCode, error);
}
