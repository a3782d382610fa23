using System.Net;
using System.Text;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests;

/// <summary>Bad input gets a clear message naming the field, and leaves nothing half-saved.</summary>
public sealed class ValidationTests
{
    [Theory]
    [InlineData("{\"name\":\"\"}", "name", "required")]
    [InlineData("{\"name\":\"   \"}", "name", "required")]
    [InlineData("{\"description\":\"no name\"}", "name", "required")]
    [InlineData("{\"name\":\"a\\u0000b\"}", "name", "control characters")]
    public async Task Product_input_is_rejected_with_the_field_and_reason(string body, string field, string reason)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        using var response = await admin.Http.PostAsync(new Uri("/api/v1/orgs/org-a/products", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await BrowserClient.ReadJsonAsync(response);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/setup")]
    [InlineData("/account/login")]
    [InlineData("/account/login-mfa")]
    [InlineData("/trust/acme/subscribe")]
    [InlineData("/trust/acme/unsubscribe")]
    [InlineData("/trust/acme/report/status")]
    [InlineData("/questionnaire/not-a-token")]
    public async Task A_form_with_a_nul_character_is_refused_on_every_anonymous_page_never_a_server_error(string path)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using (var admin = await Scenario.SetUpAdministratorAsync(server))
        {
            await Scenario.CreateOrganisationAsync(admin, "acme");
        }

        await Scenario.SetPortalVisibilityAsync(server, "acme", CodeAssure.Data.Entities.PortalVisibility.Public);
        using var client = server.NewClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a\u0000b@example.com", ["Token"] = "x\u0000y" });

        using var response = await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
        Assert.DoesNotContain("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_crash()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        using var response = await admin.Http.PostAsync(new Uri("/api/v1/orgs/org-a/products", UriKind.Relative), new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Slug", "slug")]
    [InlineData("-bad", "slug")]
    [InlineData("ok-slug", "stakeholderRole", "importer")]
    public async Task Organisation_input_is_rejected(string slug, string field, string role = "reseller")
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);

        using var response = await admin.PostJsonAsync("/api/v1/orgs", new { name = "N", slug, stakeholderRole = role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await BrowserClient.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task Duplicates_and_bad_dates_are_refused_and_nothing_is_half_saved()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "P")).GetProperty("id").GetString();
        await using var before = server.OpenDatabase();
        var auditBefore = await before.AuditEntries.CountAsync();

        using var duplicate = await admin.PostJsonAsync("/api/v1/orgs/org-a/products", new { name = "P" });
        using var badDate = await admin.PostJsonAsync($"/api/v1/orgs/org-a/products/{product}/releases", new { version = "1.0", releasedOn = "31/01/2026" });
        using var spaced = await admin.PostJsonAsync($"/api/v1/orgs/org-a/products/{product}/releases", new { version = "1 0", releasedOn = "2026-01-31" });
        using var orgAgain = await admin.PostJsonAsync("/api/v1/orgs", new { name = "Again", slug = "org-a", stakeholderRole = "reseller" });
        using var training = await admin.PostJsonAsync("/api/v1/orgs/org-a/training", new { personName = "P", training = "T", completedOn = "2026-02-01", expiresOn = "2026-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("YYYY-MM-DD", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, spaced.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, orgAgain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, training.StatusCode);
        await using var after = server.OpenDatabase();
        Assert.Equal(1, await after.Products.CountAsync());
        Assert.Equal(0, await after.Releases.CountAsync());
        Assert.Equal(0, await after.TrainingRecords.CountAsync());
        Assert.Equal(1, await after.Organisations.CountAsync());
        Assert.Equal(auditBefore, await after.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_page_form_shows_the_message_beside_the_form()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        using var response = await admin.PostFormAsync("/orgs/org-a", new Dictionary<string, string> { ["Name"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The product name is required.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Forged" });
        using var response = await admin.Http.PostAsync(new Uri("/orgs/org-a", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.Products.CountAsync());
    }
}
