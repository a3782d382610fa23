using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// The webhook signature: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c>, keyed with
/// the subscription's secret as UTF-8. Signing the timestamp with the body lets receivers refuse replays of old deliveries.
/// </summary>
internal static class WebhookSignature
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-CodeAssure-Signature";

    /// <summary>The header carrying the Unix time (seconds) the delivery was signed at.</summary>
    public const string TimestampHeader = "X-CodeAssure-Timestamp";

    /// <summary>The header carrying the event kind.</summary>
    public const string EventHeader = "X-CodeAssure-Event";

    /// <summary>The header carrying the outbox message id (the same on every retry, so receivers can drop duplicates).</summary>
    public const string DeliveryHeader = "X-CodeAssure-Delivery";

    /// <summary>The signature header's value.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>A new secret: <c>cawh_</c> and 32 random bytes in base64url (the prefix lets secret scanners find leaks).</summary>
    public static string NewSecret() => "cawh_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
