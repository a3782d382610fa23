using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>The register itself: who sees and changes it, input rules, the SSRF guard, stale reminders, questionnaires.</summary>
public sealed class SupplierRegisterTests
{
    [Fact]
    public async Task Customers_and_non_members_cannot_see_the_register_and_auditors_cannot_change_it()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        await Scenario.CreateOrganisationAsync(admin, "elsewhere");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "<script>alert(1)</script> Ltd", null);
        using var customer = await Scenario.AddMemberAndSignInAsync(server, admin, "buyer", "customer@buyer.test", "Customer");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "buyer", "auditor@buyer.test", "Auditor");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "elsewhere", "outsider@elsewhere.test", "Engineer");

        foreach (var path in new[] { "/orgs/buyer/suppliers", $"/orgs/buyer/suppliers/{supplier}", "/orgs/buyer/suppliers/compare", "/api/v1/orgs/buyer/suppliers" })
        {
            using var byCustomer = await customer.GetAsync(path);
            using var byOutsider = await outsider.GetAsync(path);
            using var byAuditor = await auditor.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, byCustomer.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
            Assert.Equal(HttpStatusCode.OK, byAuditor.StatusCode);
        }

        // Hostile text is shown encoded, never as markup.
        var register = await auditor.GetPageAsync("/orgs/buyer/suppliers");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Ltd", register, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", register, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the supplier", register, StringComparison.Ordinal);

        using var added = await Scenario.PostSupplierFormAsync(auditor, "buyer", "", "Add", new() { ["Name"] = "Sneaky Ltd" });
        using var deleted = await Scenario.PostSupplierFormAsync(auditor, "buyer", "/" + supplier, "Delete", []);
        using var imported = await auditor.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations", UriKind.Relative), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, imported.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(1, await db.Suppliers.CountAsync());
    }

    [Fact]
    public async Task Supplier_input_is_checked_with_clear_messages_and_changes_are_audited()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartWithOptionsAsync(database, o => o with { Settings = new Dictionary<string, string?> { ["Suppliers:SyncInterval"] = "00:00:00" } });
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "buyer");

        async Task<string> AddAsync(string name, string portal, string days)
        {
            using var response = await Scenario.PostSupplierFormAsync(admin, "buyer", "", "Add", new() { ["Name"] = name, ["PortalUrl"] = portal, ["AttestationMaxAgeDays"] = days });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("The supplier's name is required.", await AddAsync("  ", "", ""), StringComparison.Ordinal);
        Assert.Contains("must be a trust portal address", await AddAsync("A Ltd", "https://vendor.example/about", ""), StringComparison.Ordinal);
        Assert.Contains("absolute https:// address", await AddAsync("A Ltd", "ftp://vendor.example/trust/a", ""), StringComparison.Ordinal);
        Assert.Contains("must use https://", await AddAsync("A Ltd", "http://vendor.example/trust/a", ""), StringComparison.Ordinal);
        Assert.Contains("from 30 to 1095", await AddAsync("A Ltd", "", "29"), StringComparison.Ordinal);
        Assert.Contains("from 30 to 1095", await AddAsync("A Ltd", "", "lots"), StringComparison.Ordinal);
        var id = await Scenario.AddSupplierAsync(admin, "buyer", "A Ltd", "https://vendor.example/trust/a/attestations", "1095");
        Assert.Contains("already in the register", await AddAsync("a ltd", "", ""), StringComparison.Ordinal);
        await Scenario.AddSupplierProductAsync(admin, "buyer", id, "Payroll", "3.1");
        using (var duplicate = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + id, "AddProduct", new() { ["ProductName"] = "payroll", ["VersionInUse"] = "3.1" }))
        {
            Assert.Contains("already listed", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var db = server.OpenDatabase())
        {
            var supplier = await db.Suppliers.Include(s => s.Products).SingleAsync();
            Assert.Equal("https://vendor.example/trust/a", supplier.PortalUrl);
            Assert.Equal(1095, supplier.AttestationMaxAgeDays);
            Assert.Equal("3.1", Assert.Single(supplier.Products).VersionInUse);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Supplier)));
        }

        // Changing the supplier and a product's version; a bad value keeps the old one and says why.
        Guid productId;
        await using (var db = server.OpenDatabase())
        {
            productId = (await db.SupplierProducts.SingleAsync()).Id;
        }

        using (var edited = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + id, "Edit", new() { ["Name"] = "B Ltd", ["PortalUrl"] = "", ["AttestationMaxAgeDays"] = "400" }))
        using (var badEdit = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + id, "Edit", new() { ["Name"] = "B Ltd", ["AttestationMaxAgeDays"] = "2000" }))
        using (var version = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + id, $"EditProduct&productId={productId}", new() { ["editName"] = "Payroll", ["editVersion"] = "3.2", ["editNotes"] = "HR cluster" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
            Assert.Contains("from 30 to 1095", await badEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, version.StatusCode);
        }

        await using (var db = server.OpenDatabase())
        {
            var supplier = await db.Suppliers.Include(s => s.Products).SingleAsync();
            Assert.Equal(("B Ltd", (string?)null, 400), (supplier.Name, supplier.PortalUrl, supplier.AttestationMaxAgeDays));
            Assert.Equal(("3.2", "HR cluster"), (supplier.Products.Single().VersionInUse, supplier.Products.Single().Notes));
        }

        using (var removed = await Scenario.PostSupplierFormAsync(admin, "buyer", "/" + id, "Delete", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        await using (var db = server.OpenDatabase())
        {
            Assert.Equal(0, await db.Suppliers.CountAsync());
            Assert.Equal(0, await db.SupplierProducts.CountAsync());
        }
    }

    [Fact]
    public async Task A_portal_on_a_private_address_is_refused_when_private_addresses_are_not_allowed()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, allowPrivateAddresses: false);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var portal = Scenario.PortalOf(server, "buyer");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Loopback Ltd", portal);
        await Scenario.AddSupplierProductAsync(admin, "buyer", supplier, "Payroll");

        var page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, portal);

        Assert.Contains("loopback, private or link-local", page, StringComparison.Ordinal);
        Assert.Empty(await Scenario.SupplierAttestationsAsync(server, supplier));
    }

    [Fact]
    public async Task A_stale_attestation_reminder_is_raised_once_and_emailed_to_owners_and_sros()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, _) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _sro = sro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        using var buyerSro = await Scenario.AddMemberAndSignInAsync(server, admin, "buyer", "sro@buyer.test", "Sro");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "buyer", "eng@buyer.test", "Engineer");
        var portal = Scenario.PortalOf(server, "vendor");
        var attested = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", portal, "30");
        var silent = await Scenario.AddSupplierAsync(admin, "buyer", "Silent Ltd", null, "60");
        await Scenario.AddSupplierProductAsync(admin, "buyer", attested, "Payroll");
        Assert.Contains("Imported and verified", await Scenario.ImportSupplierUrlAsync(admin, "buyer", attested, portal), StringComparison.Ordinal);

        Assert.Equal(0, await RemindAsync(server));
        time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await RemindAsync(server));
        Assert.Equal(0, await RemindAsync(server));
        time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, await RemindAsync(server));

        var stale = Assert.Single(await Scenario.SupplierAlertsAsync(server, attested), a => a.Kind == SupplierAlertKind.StaleAttestation);
        var attestation = Assert.Single(await Scenario.SupplierAttestationsAsync(server, attested));
        Assert.Equal($"stale:{attestation.Id}", stale.Key);
        var none = Assert.Single(await Scenario.SupplierAlertsAsync(server, silent));
        Assert.Equal($"stale:none:{silent}", none.Key);
        await using var db = server.OpenDatabase();
        var emails = await db.Outbox.AsNoTracking().Where(m => m.Subject.StartsWith("Supplier attestation out of date")).ToListAsync();
        Assert.Equal(4, emails.Count);
        Assert.Equal(2, emails.Count(m => m.Target == Scenario.AdminEmail));
        Assert.Equal(2, emails.Count(m => m.Target == "sro@buyer.test"));
        Assert.DoesNotContain(emails, m => m.Target == "eng@buyer.test");
        Assert.Contains(emails, m => m.Subject.EndsWith("Vendor Ltd", StringComparison.Ordinal) && m.Body.Contains($"/orgs/buyer/suppliers/{attested}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_questionnaire_attestation_is_verified_against_a_register_supplier_or_an_issuer_and_the_verdict_kept()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, _) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _sro = sro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        await Scenario.CreateOrganisationAsync(admin, "other");
        var portal = Scenario.PortalOf(server, "vendor");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", portal);
        using var anonymous = server.NewClient();
        var envelope = await anonymous.Http.GetStringAsync(new Uri($"/trust/vendor/attestations/{(await Scenario.AttestationIdsAsync(admin, "vendor"))[0]}.json", UriKind.Relative));
        var questionnaire = new VendorQuestionnaire
        {
            OrganisationId = await Scenario.OrganisationIdAsync(server, "buyer"), VendorName = "Vendor Ltd", VendorEmail = "security@vendor.test",
            ProductName = "Payroll", TokenHash = new string('0', 64), CreatedBy = "admin", CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(30), SubmittedAt = DateTimeOffset.UtcNow, AttestationJson = envelope, Sha256 = new string('1', 64),
        };
        await Scenario.AddRowsAsync(server, questionnaire);
        var page = $"/orgs/buyer/questionnaires/{questionnaire.Id}";
        Assert.Contains("Not verified yet", await admin.GetPageAsync(page), StringComparison.Ordinal);

        using (var bySupplier = await admin.PostFormAsync(page, new Dictionary<string, string> { ["SupplierId"] = supplier.ToString() }, page + "?handler=Verify"))
        {
            var html = WebUtility.HtmlDecode(await bySupplier.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, bySupplier.StatusCode);
            Assert.Contains("valid with Vendor Ltd's keys", html, StringComparison.Ordinal);
        }

        // The other organisation's portal holds no key that signed it.
        using (var byIssuer = await admin.PostFormAsync(page, new Dictionary<string, string> { ["IssuerUrl"] = Scenario.PortalOf(server, "vendor") }, page + "?handler=Verify"))
        {
            Assert.Contains("valid with the keys of", WebUtility.HtmlDecode(await byIssuer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await Scenario.MakePortalPublicAsync(server, "other");
        using (var wrongIssuer = await admin.PostFormAsync(page, new Dictionary<string, string> { ["IssuerUrl"] = Scenario.PortalOf(server, "other") }, page + "?handler=Verify"))
        {
            var html = WebUtility.HtmlDecode(await wrongIssuer.Content.ReadAsStringAsync());
            Assert.Contains("cannot be used", html, StringComparison.Ordinal); // no keys published: nothing signed yet
        }

        using (var neither = await admin.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Verify"))
        {
            Assert.Contains("Choose a supplier from the register, or give the issuer", WebUtility.HtmlDecode(await neither.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using var db = server.OpenDatabase();
        var stored = await db.VendorQuestionnaires.AsNoTracking().SingleAsync(q => q.Id == questionnaire.Id);
        Assert.StartsWith("valid with the keys of", stored.AttestationVerdict, StringComparison.Ordinal);
        Assert.NotNull(stored.AttestationVerifiedAt);
    }

    private static async Task<int> RemindAsync(ServerUnderTest server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaleAttestationReminder>().RemindAsync(CancellationToken.None);
    }
}
