using System.Net;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>
/// A customer's supplier register reads a vendor's trust portal (CSAF provider, support.json, incidents.json): on one
/// server with two organisations, and across two servers.
/// </summary>
public sealed class FeedsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_advisory_for_a_product_in_use_raises_one_alert_and_an_email_and_a_new_version_raises_another(string provider)
    {
        var time = new ManualTime(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds())); // whole seconds: PostgreSQL keeps microseconds
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await Scenario.StartSupplierServerAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (widget, widget1) = await Scenario.SetUpVendorAsync(server, admin, "org-v", "Widget", "1.0.0");
        var gizmo = Scenario.IdOf(await Scenario.CreateProductAsync(admin, "org-v", "Gizmo"));
        var gizmo2 = await Scenario.AddReleaseAsync(admin, "org-v", gizmo, "2.0.0");
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, widgetInUse) = await Scenario.AddSupplierAsync(server, "org-c", "Vendor", Scenario.PortalOf(server, "org-v"), "widget", "1.0.0");
        var gizmoInUse = await Scenario.AddSupplierProductAsync(server, supplier, "Gizmo", "3.0.0");

        var (advisory, trackingId) = await Scenario.PublishVendorAdvisoryAsync(server, admin, "org-v", widget, widget1, "CVE-2026-1111", "Remote code execution in Widget");
        var (_, otherTrackingId) = await Scenario.PublishVendorAdvisoryAsync(server, admin, "org-v", gizmo, gizmo2, "CVE-2026-2222", "Crash in Gizmo 2.0.0");
        var first = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.Equal(2, first.AdvisoriesRead);
        await using (var db = server.OpenDatabase())
        {
            var stored = await db.SupplierAdvisories.AsNoTracking().Where(a => a.SupplierId == supplier).ToListAsync();
            var affecting = Assert.Single(stored, a => a.TrackingId == trackingId);
            Assert.Equal(widgetInUse.ToString("D"), affecting.AffectedProductIds);
            Assert.Equal("1.0.0", affecting.TrackingVersion);
            Assert.Equal("critical", affecting.Severity);
            Assert.Equal("CVE-2026-1111", affecting.Cves);
            Assert.StartsWith(Scenario.PortalOf(server, "org-v") + "/csaf/", affecting.Url, StringComparison.Ordinal);
            // Gizmo 2.0.0 is affected, but the customer uses 3.0.0.
            Assert.Equal("", Assert.Single(stored, a => a.TrackingId == otherTrackingId).AffectedProductIds);
            var synced = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier);
            Assert.Equal(time.GetUtcNow(), synced.LastSyncedAt);
            Assert.Null(synced.LastSyncError);
            var emails = await db.Outbox.AsNoTracking().Where(m => m.Subject.Contains(trackingId)).ToListAsync();
            Assert.Equal(Scenario.AdminEmail, Assert.Single(emails).Target);
            Assert.Contains("Widget", emails[0].Body, StringComparison.Ordinal);
            Assert.DoesNotContain(await db.Outbox.AsNoTracking().ToListAsync(), m => m.Subject.Contains(otherTrackingId, StringComparison.Ordinal));
        }

        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier));
        Assert.Equal((SupplierAlertKind.Advisory, $"advisory:{trackingId}:1.0.0", widgetInUse), (alert.Kind, alert.Key, alert.SupplierProductId));
        Assert.Equal($"Advisory {trackingId}: Remote code execution in Widget", alert.Title);
        Assert.NotEqual(gizmoInUse, alert.SupplierProductId);

        // Read again: nothing new.
        var second = await Scenario.SyncSupplierAsync(server, "org-c", supplier);
        Assert.True(second.Succeeded, string.Join("\n", second.Problems));
        Assert.Equal((0, 0), (second.AdvisoriesRead, second.AlertsRaised));
        Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier));

        // The vendor revises the advisory: a new tracking version is a new alert and a new email.
        time.Advance(TimeSpan.FromHours(1));
        using (var revised = await admin.PostJsonAsync($"/api/v1/orgs/org-v/advisories/{advisory}/revise", new { summary = "Fixed in 1.0.1." }))
        {
            Assert.True(revised.StatusCode == HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        }

        var third = await Scenario.SyncSupplierAsync(server, "org-c", supplier);
        Assert.True(third.Succeeded, string.Join("\n", third.Problems));
        Assert.Equal(1, third.AdvisoriesRead);
        var alerts = await Scenario.SupplierAlertsAsync(server, supplier);
        Assert.Equal([$"advisory:{trackingId}:1.0.0", $"advisory:{trackingId}:1.1.0"], alerts.Select(a => a.Key));
        await using (var db = server.OpenDatabase())
        {
            Assert.Equal(2, await db.Outbox.AsNoTracking().CountAsync(m => m.Subject.Contains(trackingId)));
            Assert.Equal("1.1.0", (await db.SupplierAdvisories.AsNoTracking().SingleAsync(a => a.TrackingId == trackingId)).TrackingVersion);
        }

        // A product added to the register later is matched against advisories read before it existed.
        time.Advance(TimeSpan.FromMinutes(5));
        var gizmo2InUse = await Scenario.AddSupplierProductAsync(server, supplier, "Gizmo", "2.0.0", time.GetUtcNow());
        var fourth = await Scenario.SyncSupplierAsync(server, "org-c", supplier);
        Assert.True(fourth.Succeeded, string.Join("\n", fourth.Problems));
        var late = Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier), a => a.Key.StartsWith($"advisory:{otherTrackingId}:", StringComparison.Ordinal));
        Assert.Equal(gizmo2InUse, late.SupplierProductId);
        Assert.Equal(0, (await Scenario.SyncSupplierAsync(server, "org-c", supplier)).AdvisoriesRead);
    }

    [Fact]
    public async Task A_customer_on_another_server_sees_the_vendors_advisory_as_an_alert()
    {
        await using var vendorDatabase = await TestDatabase.CreateAsync("sqlite");
        await using var customerDatabase = await TestDatabase.CreateAsync("sqlite");
        await using var vendorServer = await ServerUnderTest.StartAsync(vendorDatabase);
        await using var customerServer = await Scenario.StartSupplierServerAsync(customerDatabase, TimeProvider.System);
        using var vendor = await Scenario.SetUpAdministratorAsync(vendorServer);
        using var customer = await Scenario.SetUpAdministratorAsync(customerServer);
        var (widget, release) = await Scenario.SetUpVendorAsync(vendorServer, vendor, "acme", "Widget", "2.4.0");
        await Scenario.CreateOrganisationAsync(customer, "council");
        var (supplier, inUse) = await Scenario.AddSupplierAsync(customerServer, "council", "Acme", Scenario.PortalOf(vendorServer, "acme") + "/support.json", "Widget", "2.4.0");

        var (_, trackingId) = await Scenario.PublishVendorAdvisoryAsync(vendorServer, vendor, "acme", widget, release, "CVE-2026-3333", "Widget leaks tokens");
        var result = await Scenario.SyncSupplierAsync(customerServer, "council", supplier);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(customerServer, supplier));
        Assert.Equal((SupplierAlertKind.Advisory, inUse), (alert.Kind, alert.SupplierProductId));
        Assert.Contains(trackingId, alert.Title, StringComparison.Ordinal);
        var page = await customer.GetPageAsync("/orgs/council/suppliers/alerts");
        Assert.Contains("Widget leaks tokens", page, StringComparison.Ordinal);
        await using var db = customerServer.OpenDatabase();
        Assert.Single(await db.Outbox.AsNoTracking().Where(m => m.Subject.Contains(trackingId)).ToListAsync());
    }

    [Fact]
    public async Task Support_dates_raise_the_12_month_alert_then_the_6_month_one_and_incidents_raise_alerts_per_status()
    {
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddHours(12);
        var time = new ManualTime(start);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (widget, _) = await Scenario.SetUpVendorAsync(server, admin, "org-v", "Widget", "1.4.0");
        var vendorId = await Scenario.OrganisationIdAsync(server, "org-v");
        var today = DateOnly.FromDateTime(start.UtcDateTime);
        var end = today.AddMonths(11);
        await Scenario.AddRowsAsync(server,
            new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = vendorId, ProductId = widget, Versions = "1.x", Level = SupportLevel.Full, StartsOn = today.AddYears(-1), EndsOn = end, UpdatedAt = start },
            new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = vendorId, ProductId = widget, Versions = "2.x", Level = SupportLevel.Full, StartsOn = today, EndsOn = null, UpdatedAt = start });
        var incident = new Incident
        {
            Id = Guid.NewGuid(), OrganisationId = vendorId, Reference = "INC-2026-001", Title = "Build server compromised", Severity = FindingSeverity.High,
            Status = IncidentStatus.Investigating, StartedAt = start.AddDays(-1), DetectedAt = start.AddDays(-1), PublicSummary = "Rotate your tokens.",
            Description = "internal notes", Published = true, UpdatedAt = start,
        };
        var unpublished = new Incident
        {
            Id = Guid.NewGuid(), OrganisationId = vendorId, Reference = "INC-2026-002", Title = "Not for customers", Severity = FindingSeverity.Low,
            Status = IncidentStatus.Investigating, StartedAt = start, DetectedAt = start, Published = false, UpdatedAt = start,
        };
        await Scenario.AddRowsAsync(server, incident, unpublished);
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, inUse) = await Scenario.AddSupplierAsync(server, "org-c", "Vendor", Scenario.PortalOf(server, "org-v"), "Widget", "1.4.2");

        // The vendor's incidents.json lists only what the incidents page shows.
        using (var json = await server.NewClient().GetAsync("/trust/org-v/incidents.json"))
        {
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
            var listed = Assert.Single(document.RootElement.GetProperty("incidents").EnumerateArray());
            Assert.Equal("INC-2026-001", listed.GetProperty("reference").GetString());
            Assert.Equal("investigating", listed.GetProperty("status").GetString());
            Assert.Equal("high", listed.GetProperty("severity").GetString());
            Assert.Equal("Rotate your tokens.", listed.GetProperty("summary").GetString());
            Assert.EndsWith($"/trust/org-v/incidents#incident-{incident.Id:D}", listed.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("internal notes", document.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        var first = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        await using (var db = server.OpenDatabase())
        {
            var product = await db.SupplierProducts.AsNoTracking().SingleAsync(p => p.Id == inUse);
            Assert.Equal((end, "full", start), (product.EndOfSupport, product.SupportLevel, product.SupportCheckedAt));
        }

        var day = end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var alerts = await Scenario.SupplierAlertsAsync(server, supplier);
        Assert.Equal([$"eos:{inUse:D}:{day}:12", "incident:INC-2026-001"], alerts.Select(a => a.Key));
        Assert.Equal(SupplierAlertKind.EndOfSupport, alerts[0].Kind);
        Assert.Equal(SupplierAlertKind.Incident, alerts[1].Kind);

        // Five months on: six months or less are left; the incident is resolved.
        time.Advance(TimeSpan.FromDays(155));
        await using (var db = server.OpenDatabase())
        {
            var row = await db.Incidents.SingleAsync(i => i.Id == incident.Id);
            row.Status = IncidentStatus.Resolved;
            row.ResolvedAt = time.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var second = await Scenario.SyncSupplierAsync(server, "org-c", supplier);
        Assert.True(second.Succeeded, string.Join("\n", second.Problems));
        alerts = await Scenario.SupplierAlertsAsync(server, supplier);
        Assert.Equal([$"eos:{inUse:D}:{day}:12", $"eos:{inUse:D}:{day}:6", "incident:INC-2026-001", "incident:INC-2026-001:resolved"], alerts.Select(a => a.Key));

        var third = await Scenario.SyncSupplierAsync(server, "org-c", supplier);
        Assert.Equal(0, third.AlertsRaised);

        // A portal that is not public answers 404 to anonymous readers, incidents.json included.
        await Scenario.SetPortalVisibilityAsync(server, "org-v", PortalVisibility.CustomersOnly);
        using var hidden = await server.NewClient().GetAsync("/trust/org-v/incidents.json");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task An_unreachable_portal_records_the_error_and_keeps_what_earlier_reads_stored()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, TimeProvider.System);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (widget, release) = await Scenario.SetUpVendorAsync(server, admin, "org-v", "Widget", "1.0.0");
        await Scenario.PublishVendorAdvisoryAsync(server, admin, "org-v", widget, release, "CVE-2026-4444", "Widget overflow");
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, _) = await Scenario.AddSupplierAsync(server, "org-c", "Vendor", Scenario.PortalOf(server, "org-v"), "Widget", null);
        Assert.True((await Scenario.SyncSupplierAsync(server, "org-c", supplier)).Succeeded);
        DateTimeOffset? lastSynced;
        await using (var db = server.OpenDatabase())
        {
            var row = await db.Suppliers.SingleAsync(s => s.Id == supplier);
            lastSynced = row.LastSyncedAt;
            row.PortalUrl = $"http://127.0.0.1:{ClosedPort()}/trust/org-v";
            await db.SaveChangesAsync();
        }

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.False(result.Succeeded);
        await using (var db = server.OpenDatabase())
        {
            var row = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier);
            Assert.Contains("unreachable", row.LastSyncError, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', row.LastSyncError!);
            Assert.Equal(lastSynced, row.LastSyncedAt);
            Assert.Single(await db.SupplierAdvisories.AsNoTracking().Where(a => a.SupplierId == supplier).ToListAsync());
        }

        Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier));

        // The background loop's pass reads every supplier: the unreachable one is recorded, the good one still read.
        var (good, _) = await Scenario.AddSupplierAsync(server, "org-c", "Good vendor", Scenario.PortalOf(server, "org-v"), "Widget", "1.0.0");
        var worker = server.Services.GetRequiredService<CodeAssure.Web.Suppliers.SupplierFeedWorker>();
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Single(await Scenario.SupplierAlertsAsync(server, good));
    }

    [Fact]
    public async Task A_portal_on_a_private_address_is_refused_unless_allowed()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, TimeProvider.System, allowPrivateAddresses: false);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.SetUpVendorAsync(server, admin, "org-v", "Widget", "1.0.0");
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, _) = await Scenario.AddSupplierAsync(server, "org-c", "Vendor", Scenario.PortalOf(server, "org-v"), "Widget", null);

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("loopback, private or link-local", StringComparison.Ordinal));
        await using var db = server.OpenDatabase();
        var row = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier);
        Assert.Null(row.LastSyncedAt);
        Assert.Contains("loopback, private or link-local", row.LastSyncError, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
