using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Portal;

/// <summary>Who sees /trust/{slug}: anyone when public; customers and members only otherwise; the Owner decides.</summary>
public sealed class PortalVisibilityTests
{
    private static readonly string[] Pages = ["", "/advisories", "/incidents", "/assessment"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Public_portal_is_open_to_anyone_and_a_customers_only_portal_to_its_customers_and_members_only(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        await Scenario.CreateOrganisationAsync(owner, "other");
        var product = await Scenario.CreateProductAsync(owner, "vendor", "Example Server");
        var productPage = "/trust/vendor/products/" + product.GetProperty("id").GetString();
        using var customer = await Scenario.AddMemberAndSignInAsync(server, owner, "vendor", "customer@vendor.test", "Customer");
        using var stranger = await Scenario.AddMemberAndSignInAsync(server, owner, "other", "engineer@other.test", "Engineer");
        using var anonymous = server.NewClient();

        // New organisations are customers-only by default.
        foreach (var page in Pages.Append(productPage[13..]))
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, "/trust/vendor" + page));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(stranger, "/trust/vendor" + page));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(customer, "/trust/vendor" + page));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(owner, "/trust/vendor" + page));
        }

        // A customer sees the portal but not the workspace.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(customer, "/orgs/vendor"));

        using var made = await owner.PostFormAsync("/orgs/vendor/portal", new Dictionary<string, string> { ["Visibility"] = "public" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        foreach (var page in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, "/trust/vendor" + page));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(stranger, "/trust/vendor" + page));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(anonymous, productPage));

        // Back to customers-only: the cached public pages must not be served to anyone outside any more.
        using var closed = await owner.PostFormAsync("/orgs/vendor/portal", new Dictionary<string, string> { ["Visibility"] = "customers-only" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        foreach (var page in Pages)
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, "/trust/vendor" + page));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(customer, "/trust/vendor"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, "/trust/nobody"));

        await using var db = server.OpenDatabase();
        var audited = await db.AuditEntries.Where(e => e.EntityType == nameof(Organisation) && e.Action == "updated").Select(e => e.After).ToListAsync();
        Assert.Contains(audited, a => a != null && a.Contains("\"PortalVisibility\":\"Public\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_an_owner_changes_the_visibility_and_a_bad_value_is_refused_with_a_message()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, owner, "vendor", "engineer@vendor.test", "Engineer");

        using var byEngineer = await engineer.PostFormAsync("/orgs/vendor/portal", new Dictionary<string, string> { ["Visibility"] = "public" });
        Assert.Equal(HttpStatusCode.Forbidden, byEngineer.StatusCode);

        using var bad = await owner.PostFormAsync("/orgs/vendor/portal", new Dictionary<string, string> { ["Visibility"] = "<script>everyone</script>" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Choose who can see the portal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>everyone", html, StringComparison.Ordinal);

        await using var db = server.OpenDatabase();
        Assert.Equal(PortalVisibility.CustomersOnly, (await db.Organisations.SingleAsync(o => o.Slug == "vendor")).PortalVisibility);
    }

    private static async Task<HttpStatusCode> StatusAsync(BrowserClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
