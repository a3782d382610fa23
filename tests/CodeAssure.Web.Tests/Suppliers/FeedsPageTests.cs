using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>The supplier alerts page and "Sync now": who sees them, who may act, and what acting does.</summary>
public sealed class FeedsPageTests
{
    [Fact]
    public async Task Engineers_sync_and_acknowledge_auditors_only_read_customers_and_outsiders_get_404()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, TimeProvider.System);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (widget, release) = await Scenario.SetUpVendorAsync(server, admin, "org-v", "Widget", "1.0.0");
        var (_, trackingId) = await Scenario.PublishVendorAdvisoryAsync(server, admin, "org-v", widget, release, "CVE-2026-5555", "Widget <script>alert(1)</script> flaw");
        var vendorId = await Scenario.OrganisationIdAsync(server, "org-v");
        await Scenario.AddRowsAsync(server, new Incident
        {
            Id = Guid.NewGuid(), OrganisationId = vendorId, Reference = "INC-1", Title = "Mail relay abused", Severity = FindingSeverity.Medium,
            Status = IncidentStatus.Contained, StartedAt = DateTimeOffset.UtcNow, DetectedAt = DateTimeOffset.UtcNow, Published = true, UpdatedAt = DateTimeOffset.UtcNow,
        });
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, _) = await Scenario.AddSupplierAsync(server, "org-c", "Vendor", Scenario.PortalOf(server, "org-v"), "Widget", "1.0.0");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-c", "engineer@c.test", "Engineer");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-c", "auditor@c.test", "Auditor");
        using var customer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-c", "customer@c.test", "Customer");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "org-v", "outsider@v.test", "Engineer");
        const string Alerts = "/orgs/org-c/suppliers/alerts";
        var sync = $"/orgs/org-c/suppliers/{supplier}/sync";

        using (var refused = await auditor.PostFormAsync(Alerts, new Dictionary<string, string>(), sync))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Empty(await Scenario.SupplierAlertsAsync(server, supplier));
        using (var synced = await engineer.PostFormAsync(Alerts, new Dictionary<string, string>(), sync))
        {
            Assert.Equal(HttpStatusCode.Redirect, synced.StatusCode);
            Assert.Equal($"/orgs/org-c/suppliers/{supplier}", synced.Headers.Location?.OriginalString);
        }

        await using (var db = server.OpenDatabase())
        {
            Assert.NotNull((await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier)).LastSyncedAt);
        }

        var alerts = await Scenario.SupplierAlertsAsync(server, supplier);
        Assert.Equal(2, alerts.Count);
        var advisoryAlert = alerts.Single(a => a.Kind == SupplierAlertKind.Advisory);

        foreach (var (client, who) in new[] { (customer, "customer"), (outsider, "outsider") })
        {
            using var hidden = await client.GetAsync(Alerts);
            Assert.True(hidden.StatusCode == HttpStatusCode.NotFound, $"{who}: {hidden.StatusCode}");
            using var hiddenSync = await client.Http.PostAsync(new Uri(sync, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>()));
            Assert.True(hiddenSync.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{who} sync: {hiddenSync.StatusCode}");
        }

        // The same open alerts as an Atom feed for members; customers and outsiders get 404.
        using (var feed = await auditor.GetAsync("/api/v1/orgs/org-c/suppliers/alerts.atom"))
        {
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
            Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
            var atom = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
            System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
            var titles = atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "title")!.Value).ToList();
            Assert.Equal(2, titles.Count);
            Assert.Contains($"Vendor: Advisory {trackingId}: Widget <script>alert(1)</script> flaw", titles);
        }

        foreach (var client in new[] { customer, outsider })
        {
            using var hiddenFeed = await client.GetAsync("/api/v1/orgs/org-c/suppliers/alerts.atom");
            Assert.Equal(HttpStatusCode.NotFound, hiddenFeed.StatusCode);
        }

        var auditorPage = await auditor.GetPageAsync(Alerts);
        Assert.Contains($"Advisory {trackingId}: Widget &lt;script&gt;alert(1)&lt;/script&gt; flaw", auditorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", auditorPage, StringComparison.Ordinal);
        Assert.Contains("Incident INC-1: Mail relay abused (contained)", auditorPage, StringComparison.Ordinal);
        Assert.DoesNotContain(">Acknowledge</button>", auditorPage, StringComparison.Ordinal);
        var incidentsOnly = await auditor.GetPageAsync(Alerts + "?kind=incident");
        Assert.Contains("Mail relay abused", incidentsOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(trackingId, incidentsOnly, StringComparison.Ordinal);

        var acknowledge = $"{Alerts}?handler=Acknowledge&alertId={advisoryAlert.Id}";
        using (var refused = await auditor.PostFormAsync(Alerts, new Dictionary<string, string>(), acknowledge))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Contains(">Acknowledge</button>", await engineer.GetPageAsync(Alerts), StringComparison.Ordinal);
        using (var done = await engineer.PostFormAsync(Alerts, new Dictionary<string, string>(), acknowledge))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            Assert.Equal(Alerts, done.Headers.Location?.OriginalString);
        }

        using (var again = await engineer.PostFormAsync(Alerts, new Dictionary<string, string>(), acknowledge))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        }

        var acknowledged = (await Scenario.SupplierAlertsAsync(server, supplier)).Single(a => a.Id == advisoryAlert.Id);
        Assert.NotNull(acknowledged.AcknowledgedAt);
        Assert.Equal("engineer@c.test", acknowledged.AcknowledgedBy);
        var open = await engineer.GetPageAsync(Alerts);
        Assert.DoesNotContain(trackingId, open, StringComparison.Ordinal);
        Assert.Contains("Show acknowledged alerts", open, StringComparison.Ordinal);
        var withAcknowledged = await engineer.GetPageAsync(Alerts + "?acknowledged=true");
        Assert.Contains("acknowledged-alerts", withAcknowledged, StringComparison.Ordinal);
        Assert.Contains(trackingId, withAcknowledged, StringComparison.Ordinal);
        Assert.Contains("engineer@c.test", withAcknowledged, StringComparison.Ordinal);
    }
}
