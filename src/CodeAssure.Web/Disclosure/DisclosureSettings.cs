using System.Globalization;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// The server-wide disclosure settings, read once at start from the <c>Trust</c> configuration section so that a
/// wrong value stops the server with a clear message instead of breaking security.txt later.
/// </summary>
internal sealed record DisclosureSettings
{
    /// <summary>RFC 9116 section 2.5.5 recommends an Expires less than a year ahead.</summary>
    public static readonly TimeSpan LongestSecurityTxtLifetime = TimeSpan.FromDays(364);

    /// <summary>The organisation whose security.txt the server publishes at its own root, or null (root answers 404).</summary>
    public string? PrimaryOrganisation { get; init; }

    /// <summary>The public address the server is reached at (e.g. behind a proxy), or null to use the request's.</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How far ahead security.txt's Expires is put, counted from each request.</summary>
    public TimeSpan SecurityTxtLifetime { get; init; } = TimeSpan.FromDays(180);

    /// <summary>Report-form submissions (sent or refused) one address may make per hour.</summary>
    public int ReportsPerAddressPerHour { get; init; } = 10;

    /// <summary>Reports one organisation accepts per hour from everyone together.</summary>
    public int ReportsPerOrganisationPerHour { get; init; } = 100;

    /// <summary>How long a person takes at least to fill in the form; faster submissions are refused as automated.</summary>
    public TimeSpan MinimumFillTime { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a form stays valid after it was served.</summary>
    public TimeSpan FormLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Reads the <c>Trust</c> section.</summary>
    /// <exception cref="InvalidOperationException">A value is malformed or out of range.</exception>
    public static DisclosureSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Trust");
        var defaults = new DisclosureSettings();
        return new DisclosureSettings
        {
            PrimaryOrganisation = section["PrimaryOrganisation"] is { Length: > 0 } primary ? primary.Trim() : null,
            PublicBaseUrl = BaseUrl(section["PublicBaseUrl"]),
            SecurityTxtLifetime = TimeSpan.FromDays(Number(section, "SecurityTxtExpiresDays", (int)defaults.SecurityTxtLifetime.TotalDays, 1, (int)LongestSecurityTxtLifetime.TotalDays)),
            ReportsPerAddressPerHour = Number(section, "ReportsPerAddressPerHour", defaults.ReportsPerAddressPerHour, 1, 100_000),
            ReportsPerOrganisationPerHour = Number(section, "ReportsPerOrganisationPerHour", defaults.ReportsPerOrganisationPerHour, 1, 1_000_000),
            MinimumFillTime = TimeSpan.FromSeconds(Number(section, "ReportMinimumFillSeconds", (int)defaults.MinimumFillTime.TotalSeconds, 0, 3600)),
        };
    }

    private static Uri? BaseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"Trust:PublicBaseUrl '{value}' must be an absolute https:// (or http://) URL without query or fragment, e.g. https://assure.example.com");
        }

        return uri;
    }

    private static int Number(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new InvalidOperationException($"Trust:{key} '{value}' must be a whole number from {min} to {max}");
    }
}
