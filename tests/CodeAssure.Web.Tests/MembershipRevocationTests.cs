using System.Net;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests;

/// <summary>Membership is checked on every request: nothing about it is remembered between requests.</summary>
public sealed class MembershipRevocationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_member_gets_404_on_the_very_next_request(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var added = await admin.PostJsonAsync("/api/v1/orgs/org-a/members", new { email = "eng@a.test", role = "Engineer", initialPassword = Scenario.Password }); // codeassure:allow default-password (a constant of the test, not a value)
        var membership = (await Scenario.ExpectJsonAsync(added, HttpStatusCode.Created)).GetProperty("id").GetString();
        using var engineer = await Scenario.SignInAsync(server, "eng@a.test");

        using (var dashboard = await engineer.GetAsync("/orgs/org-a/dashboard"))
        using (var products = await engineer.GetAsync("/api/v1/orgs/org-a/products"))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Equal(HttpStatusCode.OK, products.StatusCode);
        }

        using (var removed = await admin.Http.DeleteAsync(new Uri($"/api/v1/orgs/org-a/members/{membership}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using var dashboardAfter = await engineer.GetAsync("/orgs/org-a/dashboard");
        using var productsAfter = await engineer.GetAsync("/api/v1/orgs/org-a/products");
        using var overviewAfter = await engineer.GetAsync("/orgs/org-a");
        Assert.Equal(HttpStatusCode.NotFound, dashboardAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, productsAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, overviewAfter.StatusCode);
    }
}
