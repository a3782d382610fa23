using System.Net;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests;

/// <summary>What each organisation role may do.</summary>
public sealed class RoleTests
{
    [Fact]
    public async Task An_auditor_reads_but_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "P")).GetProperty("id").GetString();
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "auditor@a.test", "Auditor");

        using var list = await auditor.GetAsync("/api/v1/orgs/org-a/products");
        using var page = await auditor.GetAsync($"/orgs/org-a/products/{product}");
        using var audit = await auditor.GetAsync("/orgs/org-a/audit");
        using var create = await auditor.PostJsonAsync("/api/v1/orgs/org-a/products", new { name = "Q" });
        using var release = await auditor.PostJsonAsync($"/api/v1/orgs/org-a/products/{product}/releases", new { version = "1", releasedOn = "2026-01-01" });
        using var pagePost = await auditor.PostFormAsync("/orgs/org-a", new Dictionary<string, string> { ["Name"] = "Q" });
        using var token = await auditor.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "t" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, release.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pagePost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.DoesNotContain("Add a product", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engineer_manages_products_but_not_members_or_the_profile()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "engineer@a.test", "Engineer");

        using var product = await engineer.PostJsonAsync("/api/v1/orgs/org-a/products", new { name = "Engine" });
        using var member = await engineer.PostJsonAsync("/api/v1/orgs/org-a/members", new { email = "x@a.test", role = "Owner", initialPassword = Scenario.Password });
        using var profile = await engineer.Http.PutAsync(new Uri("/api/v1/orgs/org-a/profile", UriKind.Relative),
            TenancyTests.JsonContent(new { name = "Renamed", stakeholderRole = "reseller" }));
        using var membersPage = await engineer.PostFormAsync("/orgs/org-a/members", new Dictionary<string, string> { ["Email"] = "y@a.test", ["Role"] = "Owner" }, "/orgs/org-a/members?handler=Add");

        Assert.Equal(HttpStatusCode.Created, product.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, membersPage.StatusCode);
    }

    [Fact]
    public async Task A_customer_has_no_access_to_the_workspace()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var customer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "customer@a.test", "Customer");

        using var page = await customer.GetAsync("/orgs/org-a");
        using var api = await customer.GetAsync("/api/v1/orgs/org-a/products");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task A_new_owner_must_enrol_MFA_before_using_the_organisation()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var owner = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "owner@a.test", "Owner");

        using var page = await owner.GetAsync("/orgs/org-a");
        using var api = await owner.GetAsync("/api/v1/orgs/org-a/products");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/enrol-mfa", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task An_API_token_cannot_mint_tokens_or_manage_members()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var created = await admin.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "ci" });
        var secret = (await BrowserClient.ReadJsonAsync(created)).GetProperty("token").GetString();
        using var ci = server.NewClient();
        ci.Http.DefaultRequestHeaders.Authorization = new("Bearer", secret);

        using var token = await ci.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "more" });
        using var member = await ci.PostJsonAsync("/api/v1/orgs/org-a/members", new { email = "x@a.test", role = "Owner", initialPassword = Scenario.Password });
        using var org = await ci.PostJsonAsync("/api/v1/orgs", new { name = "X", slug = "x", stakeholderRole = "reseller" });
        using var product = await ci.PostJsonAsync("/api/v1/orgs/org-a/products", new { name = "From CI" });

        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, org.StatusCode);
        Assert.Equal(HttpStatusCode.Created, product.StatusCode);
    }
}
