using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>Portals that misbehave: malformed metadata, documents elsewhere, oversized or broken documents. Clear errors, the rest still read.</summary>
public sealed class FeedsHostileTests
{
    private const string Metadata = """
        {"canonical_url":"{portal}/.well-known/csaf/provider-metadata.json","distributions":[{"directory_url":"{portal}/csaf/"}],
         "last_updated":"2026-03-03T09:00:00.000Z","list_on_CSAF_aggregators":false,"metadata_version":"2.0","mirror_on_CSAF_aggregators":false,
         "publisher":{"category":"vendor","name":"Example Vendor Ltd","namespace":"https://vendor.example"},"role":"csaf_provider"}
        """;

    private static async Task<(ServerUnderTest Server, FeedsFakePortal Portal, Guid Supplier, Guid Product)> StartAsync(TestDatabase database)
    {
        var portal = await FeedsFakePortal.StartAsync();
        var server = await Scenario.StartSupplierServerAsync(database, TimeProvider.System);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-c");
        var (supplier, product) = await Scenario.AddSupplierAsync(server, "org-c", "Example Vendor", portal.Portal, "Example Server", "2.4.0");
        portal.Put("/.well-known/csaf/provider-metadata.json", Metadata.Replace("{portal}", portal.Portal, StringComparison.Ordinal));
        portal.Put("/support.json", """{"products":[{"product":"Example Server","versions":[{"version":"2.4","endOfSupport":"2099-12-31","level":"full"}]}]}""");
        portal.Put("/incidents.json", """{"incidents":[]}""");
        return (server, portal, supplier, product);
    }

    [Fact]
    public async Task A_document_elsewhere_an_oversized_one_and_a_broken_one_are_reported_and_the_good_one_is_still_read()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var (server, portal, supplier, product) = await StartAsync(database);
        await using var _ = server;
        await using var __ = portal;
        var elsewhere = $"http://localhost:{portal.Origin.Port}/trust/acme/csaf/2026/acme-2026-003.json";
        portal.Put("/csaf/changes.csv", $"""
            "2026/acme-2026-001.json","2026-03-03T09:00:00.000Z"
            "2026/acme-2026-002.json","2026-03-02T09:00:00.000Z"
            "{elsewhere}","2026-03-02T08:00:00.000Z"
            "2026/acme-2026-004.json","2026-03-01T09:00:00.000Z"
            "2026/acme-2026-005.json","2026-03-01T08:00:00.000Z"
            """);
        portal.Put("/csaf/2026/acme-2026-005.json", """{"document":{"title":null,"publisher":null,"tracking":null},"vulnerabilities":[{"product_status":{"known_affected":[null]}}]}""");
        portal.Put("/csaf/2026/acme-2026-001.json", Scenario.CsafDocument("ACME-2026-001", "Heap overflow"));
        portal.Put("/csaf/2026/acme-2026-002.json", new byte[(5 * 1024 * 1024) + 1]);
        portal.Put("/csaf/2026/acme-2026-004.json", "{\"document\": {\"title\": ");

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.Equal(1, result.AdvisoriesRead);
        Assert.Equal(4, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Contains("acme-2026-005.json", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("acme-2026-002.json", StringComparison.Ordinal) && p.Contains("more than the limit of 5,242,880 bytes", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith($"Refused {elsewhere}", StringComparison.Ordinal) && p.Contains("origin", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("acme-2026-004.json is not a CSAF document: not valid JSON", StringComparison.Ordinal));
        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier));
        Assert.Equal(("advisory:ACME-2026-001:2", product), (alert.Key, alert.SupplierProductId));
        await using var db = server.OpenDatabase();
        var advisory = await db.SupplierAdvisories.AsNoTracking().SingleAsync();
        Assert.Equal(("ACME-2026-001", "high", "CVE-2026-12345"), (advisory.TrackingId, advisory.Severity, advisory.Cves));
        var row = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier);
        Assert.Null(row.LastSyncedAt);
        Assert.Contains("more than the limit", row.LastSyncError, StringComparison.Ordinal);
        Assert.Contains("and 3 more", row.LastSyncError, StringComparison.Ordinal);
        // The other stages still ran.
        Assert.Equal(new DateOnly(2099, 12, 31), (await db.SupplierProducts.AsNoTracking().SingleAsync(p => p.Id == product)).EndOfSupport);
    }

    [Theory]
    [InlineData("{\"role\": ", "is not valid JSON")]
    [InlineData("[1, 2]", "is not a JSON object")]
    [InlineData("{\"role\":\"csaf_aggregator\",\"distributions\":[{\"directory_url\":\"{portal}/csaf/\"}]}", "has role 'csaf_aggregator'")]
    [InlineData("{\"role\":\"csaf_provider\"}", "lists no distribution")]
    [InlineData("{\"role\":\"csaf_provider\",\"distributions\":[{\"directory_url\":\"https://elsewhere.example/csaf/\"}]}", "which is not on the portal's origin")]
    public async Task Bad_provider_metadata_is_a_clear_error_and_support_dates_are_still_read(string metadata, string expected)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var (server, portal, supplier, product) = await StartAsync(database);
        await using var _ = server;
        await using var __ = portal;
        portal.Put("/.well-known/csaf/provider-metadata.json", metadata.Replace("{portal}", portal.Portal, StringComparison.Ordinal));

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"The CSAF provider metadata at {portal.Portal}/.well-known/csaf/provider-metadata.json", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(problem, (await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier)).LastSyncError);
        Assert.Equal(new DateOnly(2099, 12, 31), (await db.SupplierProducts.AsNoTracking().SingleAsync(p => p.Id == product)).EndOfSupport);
    }

    [Fact]
    public async Task Index_txt_is_read_when_there_is_no_changes_csv_and_support_json_errors_are_reported()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var (server, portal, supplier, _) = await StartAsync(database);
        await using var _s = server;
        await using var _p = portal;
        portal.Put("/csaf/index.txt", "2026/acme-2026-001.json\n");
        portal.Put("/csaf/2026/acme-2026-001.json", Scenario.CsafDocument("ACME-2026-001", "Heap overflow"));
        portal.Put("/support.json", """{"products":[{"product":"Example Server","versions":[{"version":"2.4","endOfSupport":"next year"}]}]}""");

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.Equal(1, result.AdvisoriesRead);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("support.json gives 'next year' as an end of support for Example Server 2.4, not a yyyy-MM-dd date", problem, StringComparison.Ordinal);
        Assert.Equal(SupplierAlertKind.Advisory, Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier)).Kind);
    }
    [Fact]
    public async Task A_ROLIE_feed_distribution_is_read_and_entries_elsewhere_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var (server, portal, supplier, product) = await StartAsync(database);
        await using var _s = server;
        await using var _p = portal;
        portal.Put("/.well-known/csaf/provider-metadata.json",
            $$$"""{"role":"csaf_trusted_provider","distributions":[{"rolie":{"feeds":[{"summary":"WHITE","tlp_label":"WHITE","url":"{{{portal.Portal}}}/rolie/white.json"}]}}]}""");
        portal.Put("/rolie/white.json", """
            {"feed":{"id":"white","title":"advisories","entry":[
              {"id":"ACME-2026-001","title":"Heap overflow","updated":"2026-03-03T09:00:00.000Z","content":{"type":"application/json","src":"../csaf/2026/acme-2026-001.json"}},
              {"id":"X","title":"Elsewhere","updated":"2026-03-03T09:00:00.000Z","content":{"type":"application/json","src":"https://elsewhere.example/x.json"}}]}}
            """);
        portal.Put("/csaf/2026/acme-2026-001.json", Scenario.CsafDocument("ACME-2026-001", "Heap overflow"));

        var result = await Scenario.SyncSupplierAsync(server, "org-c", supplier);

        Assert.Equal(1, result.AdvisoriesRead);
        Assert.StartsWith("Refused https://elsewhere.example/x.json", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Equal(product, Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier)).SupplierProductId);
    }
}
