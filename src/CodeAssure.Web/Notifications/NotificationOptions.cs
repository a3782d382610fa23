using System.Globalization;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// How the notification dispatcher behaves, read once from the <c>Notifications</c> configuration section
/// (environment variables such as <c>Notifications__MaxAttempts</c> work too). A malformed value stops the start.
/// </summary>
internal sealed record NotificationOptions
{
    /// <summary>How often the dispatcher looks for work; zero turns the background loop off (tests trigger it).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts per message before it is marked failed.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The whole time a webhook POST (connect, send, response) may take.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether webhook targets may resolve to loopback, private or link-local addresses (off: SSRF guard).</summary>
    public bool AllowPrivateWebhookTargets { get; init; }

    /// <summary>Whether webhook targets may be plain http (tests only; production needs https).</summary>
    public bool AllowHttp { get; init; }

    /// <summary>The public address used in links in emails and feeds; default: the server's first listening address.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>The SMTP server (the <c>Smtp</c> section), or null when none is configured: emails then wait in the outbox.</summary>
    public SmtpSettings? Smtp { get; init; }

    /// <summary>Reads the sections; throws <see cref="InvalidOperationException"/> naming the bad setting.</summary>
    public static NotificationOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Notifications");
        var defaults = new NotificationOptions();
        var options = new NotificationOptions
        {
            PollInterval = Duration(section, nameof(PollInterval), defaults.PollInterval, allowZero: true),
            MaxAttempts = Number(section, nameof(MaxAttempts), defaults.MaxAttempts, 1, 100),
            WebhookTimeout = Duration(section, nameof(WebhookTimeout), defaults.WebhookTimeout, allowZero: false),
            AllowPrivateWebhookTargets = Flag(section, nameof(AllowPrivateWebhookTargets)),
            AllowHttp = Flag(section, nameof(AllowHttp)),
            PublicBaseUrl = BaseUrl(section, nameof(PublicBaseUrl)),
            Smtp = SmtpSettings.Read(configuration),
        };
        return options;
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback, bool allowZero)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value < TimeSpan.Zero || (value == TimeSpan.Zero && !allowZero))
        {
            throw new InvalidOperationException($"Notifications:{key} must be a {(allowZero ? "non-negative" : "positive")} duration written hh:mm:ss, not '{text}'.");
        }

        return value;
    }

    private static int Number(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"Notifications:{key} must be a whole number from {min} to {max}, not '{text}'.");
    }

    private static bool Flag(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new InvalidOperationException($"Notifications:{key} must be true or false, not '{text}'.");
    }

    private static Uri? BaseUrl(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query)
            ? new Uri(uri.GetLeftPart(UriPartial.Authority) + "/")
            : throw new InvalidOperationException($"Notifications:{key} must be an absolute http(s) address such as https://assure.example.com, not '{text}'.");
    }
}
