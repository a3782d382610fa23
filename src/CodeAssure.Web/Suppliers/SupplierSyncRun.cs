using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>What one run of <see cref="SupplierFeedSync"/> for one supplier shares between its stages.</summary>
internal sealed class SupplierSyncRun
{
    public SupplierSyncRun(Organisation organisation, Supplier supplier, SupplierPortalAddress portal, IReadOnlyList<SupplierProduct> products,
        SupplierAlertBook alerts, IReadOnlyList<string> recipients, DateTimeOffset now)
    {
        Organisation = organisation;
        Supplier = supplier;
        Portal = portal;
        Products = products;
        Alerts = alerts;
        Recipients = recipients;
        Now = now;
    }

    /// <summary>The organisation whose register it is.</summary>
    public Organisation Organisation { get; }

    /// <summary>The supplier being read (tracked: its sync fields are written at the end).</summary>
    public Supplier Supplier { get; }

    /// <summary>The supplier's portal.</summary>
    public SupplierPortalAddress Portal { get; }

    /// <summary>The supplier's products in use (tracked).</summary>
    public IReadOnlyList<SupplierProduct> Products { get; }

    /// <summary>The supplier's alerts, raised once per key.</summary>
    public SupplierAlertBook Alerts { get; }

    /// <summary>Who is emailed about advisories: the organisation's Owners and SROs.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>The run's time (from the server's clock).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>What went wrong, one line each, in order; the run carries on after each.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Whether <paramref name="url"/> is on the portal's origin (scheme, host and port), where every document must be.</summary>
    public bool IsOnPortalOrigin(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var portal = Portal.Portal;
        return url.IsAbsoluteUri && string.Equals(url.Scheme, portal.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(url.IdnHost, portal.IdnHost, StringComparison.OrdinalIgnoreCase) && url.Port == portal.Port;
    }
}
