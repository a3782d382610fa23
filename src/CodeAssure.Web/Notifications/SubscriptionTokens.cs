using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// The secrets around subscriptions, all under ASP.NET Core Data Protection (keys shared by every instance): the
/// confirmation token in the double opt-in email (valid 7 days), the unsubscribe token in every email (no expiry, so
/// old emails still work), and webhook secrets at rest (protected, not hashed, because the dispatcher signs with them).
/// </summary>
internal sealed class SubscriptionTokens(IDataProtectionProvider provider, TimeProvider time)
{
    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _confirm = provider.CreateProtector("CodeAssure.Notifications.Confirm.v1");
    private readonly IDataProtector _unsubscribe = provider.CreateProtector("CodeAssure.Notifications.Unsubscribe.v1");
    private readonly IDataProtector _secret = provider.CreateProtector("CodeAssure.Notifications.WebhookSecret.v1");

    /// <summary>The token for the confirmation link.</summary>
    public string ConfirmationToken(Guid subscriptionId)
    {
        var expires = (time.GetUtcNow() + ConfirmationLifetime).ToUnixTimeSeconds();
        return _confirm.Protect(subscriptionId.ToString("N") + "." + expires.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The subscription a confirmation token names, or null when it is forged, damaged or expired.</summary>
    public Guid? ReadConfirmationToken(string? token)
    {
        var text = Unprotect(_confirm, token);
        var parts = text?.Split('.');
        if (parts is not { Length: 2 } || !Guid.TryParseExact(parts[0], "N", out var id) ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) ||
            time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return null;
        }

        return id;
    }

    /// <summary>The token for the unsubscribe link.</summary>
    public string UnsubscribeToken(Guid subscriptionId) => _unsubscribe.Protect(subscriptionId.ToString("N"));

    /// <summary>The subscription an unsubscribe token names, or null.</summary>
    public Guid? ReadUnsubscribeToken(string? token) =>
        Guid.TryParseExact(Unprotect(_unsubscribe, token), "N", out var id) ? id : null;

    /// <summary>A webhook secret as stored.</summary>
    public string ProtectSecret(string secret) => _secret.Protect(secret);

    /// <summary>A stored webhook secret in clear, or null when the keys that protected it are gone.</summary>
    public string? UnprotectSecret(string? protectedSecret) => Unprotect(_secret, protectedSecret);

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
