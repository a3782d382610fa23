using System.Globalization;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// How the supplier register reads suppliers' portals, from the <c>Suppliers</c> configuration section
/// (environment variables such as <c>Suppliers__SyncInterval</c> work too). A malformed value stops the start.
/// </summary>
internal sealed record SupplierOptions
{
    /// <summary>How often every supplier's portal is read; zero turns the background loop off (tests trigger it).</summary>
    public TimeSpan SyncInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The whole time one request to a supplier's portal may take.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether portal addresses may resolve to loopback, private or link-local addresses (off: SSRF guard).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Whether portal addresses may be plain http (tests and private deployments; keys read in clear could be swapped).</summary>
    public bool AllowHttp { get; init; }

    /// <summary>Reads the section; throws <see cref="InvalidOperationException"/> naming the bad setting.</summary>
    public static SupplierOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Suppliers");
        var defaults = new SupplierOptions();
        return new SupplierOptions
        {
            SyncInterval = Duration(section, nameof(SyncInterval), defaults.SyncInterval, allowZero: true),
            FetchTimeout = Duration(section, nameof(FetchTimeout), defaults.FetchTimeout, allowZero: false),
            AllowPrivateAddresses = Flag(section, nameof(AllowPrivateAddresses)),
            AllowHttp = Flag(section, nameof(AllowHttp)),
        };
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback, bool allowZero)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero && (allowZero || value > TimeSpan.Zero)
            ? value
            : throw new InvalidOperationException($"Suppliers:{key} must be a {(allowZero ? "non-negative" : "positive")} duration written hh:mm:ss, not '{text}'.");
    }

    private static bool Flag(IConfigurationSection section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new InvalidOperationException($"Suppliers:{key} must be true or false, not '{text}'.");
    }
}
