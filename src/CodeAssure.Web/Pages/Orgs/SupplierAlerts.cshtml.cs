using CodeAssure.Data.Entities;
using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>
/// Every open supplier alert of the organisation (advisories affecting products in use, ends of support, incidents,
/// old or invalid attestations), newest first, filtered by kind; Engineers and above acknowledge them. Customers and
/// non-members get 404 (tenancy), Auditors read.
/// </summary>
internal sealed class SupplierAlertsModel(SupplierAlertInbox inbox) : FormPageModel
{
    public IReadOnlyList<SupplierAlertInbox.Row> Open { get; private set; } = [];

    public IReadOnlyList<SupplierAlertInbox.Row> Acknowledged { get; private set; } = [];

    /// <summary>The kind shown (its address name), or null for all.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Whether acknowledged alerts are listed too.</summary>
    [BindProperty(SupportsGet = true, Name = "acknowledged")]
    public bool ShowAcknowledged { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var tenant = HttpContext.Tenant();
        var kind = SupplierAlertInbox.KindNamed(Kind);
        Kind = kind is null ? null : Kind!.ToLowerInvariant();
        Open = await inbox.ListAsync(tenant, kind, acknowledged: false, HttpContext.RequestAborted);
        if (ShowAcknowledged)
        {
            Acknowledged = await inbox.ListAsync(tenant, kind, acknowledged: true, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid alertId)
    {
        var tenant = HttpContext.Tenant();
        var by = User.Identity?.Name ?? UserId;
        if (!await inbox.AcknowledgeAsync(tenant, alertId, by, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return Redirect(Link(tenant.Slug, SupplierAlertInbox.KindNamed(Kind) is null ? null : Kind, ShowAcknowledged));
    }

    /// <summary>This page's address with a filter.</summary>
    public static string Link(string slug, string? kind, bool acknowledged)
    {
        var query = new List<string>();
        if (kind is not null)
        {
            query.Add("kind=" + Uri.EscapeDataString(kind));
        }

        if (acknowledged)
        {
            query.Add("acknowledged=true");
        }

        return $"/orgs/{Uri.EscapeDataString(slug)}/suppliers/alerts" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>Whether an alert's link may be shown as a link (http or https only: the address came from a supplier).</summary>
    public static bool IsWebLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
