using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.EndToEnd;

/// <summary>
/// Issue 8's path from vendor to customer, over real HTTP only, with two organisations on one server and across two
/// servers: the vendor signs off → the attestation is published → the customer imports it by the portal's address →
/// verification passes → the vendor publishes an advisory for a product the customer uses → the customer sees the alert.
/// </summary>
public sealed class SupplierAssuranceEndToEndTests
{
    public static TheoryData<string, bool> Layouts()
    {
        var data = new TheoryData<string, bool>();
        foreach (var provider in TestDatabase.PostgresConnection is null ? new[] { "sqlite" } : ["sqlite", "postgresql"])
        {
            data.Add(provider, false);
            data.Add(provider, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task The_customer_imports_and_verifies_the_vendors_attestation_and_sees_the_vendors_advisory_as_an_alert(string provider, bool twoServers)
    {
        await using var vendorDatabase = await TestDatabase.CreateAsync(provider);
        await using var customerDatabase = twoServers ? await TestDatabase.CreateAsync(provider) : null;
        await using var vendorServer = await Scenario.StartSupplierServerAsync(vendorDatabase);
        await using var secondServer = customerDatabase is null ? null : await Scenario.StartSupplierServerAsync(customerDatabase);
        var customerServer = secondServer ?? vendorServer;

        // The vendor: a product, its release, the SRO's sign-off (which issues the attestation), a public portal.
        using var vendorAdmin = await Scenario.SetUpAdministratorAsync(vendorServer);
        var (sro, productId) = await Scenario.SignedOffVendorAsync(vendorServer, vendorAdmin, "vendor", "Payroll");
        using var _ = sro;
        var release = await Scenario.AddReleaseAsync(vendorAdmin, "vendor", Guid.Parse(productId), "3.1.0");
        var attestationId = Assert.Single(await Scenario.AttestationIdsAsync(vendorAdmin, "vendor"));

        // The customer: its own organisation (on the second server, its own administrator), and an Engineer who keeps
        // the supplier register.
        using var customerAdmin = secondServer is null ? null : await Scenario.SetUpAdministratorAsync(secondServer);
        var customerOwner = customerAdmin ?? vendorAdmin;
        await Scenario.CreateOrganisationAsync(customerOwner, "buyer");
        using var engineer = await Scenario.AddMemberAndSignInAsync(customerServer, customerOwner, "buyer", "engineer@buyer.test", "Engineer");
        var portal = Scenario.PortalOf(vendorServer, "vendor");
        var supplier = await Scenario.AddSupplierAsync(engineer, "buyer", "Vendor Ltd", portal);
        await Scenario.AddSupplierProductAsync(engineer, "buyer", supplier, "Payroll", "3.1.0");

        // Import by the portal's address: the attestation is read from the vendor's server and verified with its keys.
        var imported = await Scenario.ImportSupplierUrlAsync(engineer, "buyer", supplier, portal);
        Assert.Contains("Imported and verified: Payroll", imported, StringComparison.Ordinal);
        var stored = Assert.Single(await Scenario.SupplierAttestationsAsync(customerServer, supplier));
        Assert.True(stored.IsValid, stored.Verdict);
        Assert.Equal($"{portal}/attestations/{attestationId}.json", stored.SourceUrl);
        Assert.Contains("14 of 14", WebUtility.HtmlDecode(await engineer.GetPageAsync("/orgs/buyer/suppliers")), StringComparison.Ordinal);
        Assert.Empty(await Scenario.SupplierAlertsAsync(customerServer, supplier));

        // The vendor publishes an advisory for the release the customer uses.
        var (_, trackingId) = await Scenario.PublishVendorAdvisoryAsync(vendorServer, vendorAdmin, "vendor", Guid.Parse(productId), release, "CVE-2026-4242", "Payroll leaks payslips");

        // The customer's Engineer presses "Sync now" on the supplier's page.
        var supplierPage = $"/orgs/buyer/suppliers/{supplier}";
        Assert.Contains($"action=\"{supplierPage}/sync\"", await engineer.GetPageAsync(supplierPage), StringComparison.Ordinal);
        using (var synced = await engineer.PostFormAsync(supplierPage, new Dictionary<string, string>(), $"{supplierPage}/sync"))
        {
            Assert.Equal(HttpStatusCode.Redirect, synced.StatusCode);
        }

        // The alert: on the alerts page, on the supplier's page, and by email to the customer's Owner.
        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(customerServer, supplier));
        Assert.Equal(SupplierAlertKind.Advisory, alert.Kind);
        Assert.Null(alert.AcknowledgedAt);
        var alerts = WebUtility.HtmlDecode(await engineer.GetPageAsync("/orgs/buyer/suppliers/alerts"));
        Assert.Contains(trackingId, alerts, StringComparison.Ordinal);
        Assert.Contains("Payroll leaks payslips", alerts, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await engineer.GetPageAsync(supplierPage));
        Assert.Contains("Payroll leaks payslips", detail, StringComparison.Ordinal);
        Assert.Contains("CVE-2026-4242", detail, StringComparison.Ordinal);
        await using (var db = customerServer.OpenDatabase())
        {
            var email = Assert.Single(await db.Outbox.AsNoTracking().Where(m => m.Subject.Contains(trackingId)).ToListAsync());
            Assert.Equal(Scenario.AdminEmail, email.Target);
        }

        // The vendor's own organisation sees none of this: the register is the customer's.
        if (secondServer is null)
        {
            using var notMine = await vendorAdmin.GetAsync($"/orgs/vendor/suppliers/{supplier}");
            Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        }
    }

    [Fact]
    public async Task Moving_a_product_in_use_to_an_affected_version_raises_the_alert_for_an_advisory_read_before()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (gizmo, release) = await Scenario.SetUpVendorAsync(server, admin, "vendor", "Gizmo", "2.0.0");
        var (_, trackingId) = await Scenario.PublishVendorAdvisoryAsync(server, admin, "vendor", gizmo, release, "CVE-2026-5555", "Gizmo 2.0.0 crashes");
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", Scenario.PortalOf(server, "vendor"));
        await Scenario.AddSupplierProductAsync(admin, "buyer", supplier, "Gizmo", "3.0.0");
        var page = $"/orgs/buyer/suppliers/{supplier}";

        // 3.0.0 is not affected: the advisory is read and kept, no alert.
        using (var synced = await admin.PostFormAsync(page, new Dictionary<string, string>(), $"{page}/sync"))
        {
            Assert.Equal(HttpStatusCode.Redirect, synced.StatusCode);
        }

        Assert.Empty(await Scenario.SupplierAlertsAsync(server, supplier));

        // The customer records that it actually runs 2.0.0; the next sync matches the advisory read before again.
        var productId = await SingleProductIdAsync(server, supplier);
        using (var changed = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + supplier, $"EditProduct&productId={productId}",
            new() { ["editName"] = "Gizmo", ["editVersion"] = "2.0.0", ["editNotes"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (var synced = await admin.PostFormAsync(page, new Dictionary<string, string>(), $"{page}/sync"))
        {
            Assert.Equal(HttpStatusCode.Redirect, synced.StatusCode);
        }

        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier));
        Assert.Equal((SupplierAlertKind.Advisory, productId), (alert.Kind, alert.SupplierProductId));
        Assert.Contains(trackingId, alert.Title, StringComparison.Ordinal);
        Assert.Contains("Gizmo 2.0.0 crashes", WebUtility.HtmlDecode(await admin.GetPageAsync(page)), StringComparison.Ordinal);
    }

    private static async Task<Guid> SingleProductIdAsync(ServerUnderTest server, Guid supplier)
    {
        await using var db = server.OpenDatabase();
        return (await db.SupplierProducts.AsNoTracking().SingleAsync(p => p.SupplierId == supplier)).Id;
    }
}
