using System.Net;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests;

public sealed class FirstRunTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Health_answers_200_once_the_database_is_migrated(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Empty(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task First_run_prints_a_one_time_setup_link_and_there_is_no_default_account(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database))
        {
            Assert.NotNull(server.SetupLink);
            using var anonymous = server.NewClient();
            using var home = await anonymous.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.StartsWith("/account/login", home.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

            using var admin = await Scenario.SetUpAdministratorAsync(server);

            // The link is spent: it no longer shows the form, and posting to it creates nobody.
            using var again = server.NewClient();
            var page = await again.GetPageAsync(server.SetupLink!.PathAndQuery);
            Assert.Contains("invalid or has already been used", page, StringComparison.Ordinal);
        }

        // Once an account exists, a restart prints no link.
        await using var restarted = await ServerUnderTest.StartAsync(database);
        Assert.Null(restarted.SetupLink);
    }

    [Fact]
    public async Task A_wrong_setup_token_is_refused_and_creates_no_account()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        var page = await client.GetPageAsync("/setup?token=not-the-token");

        Assert.Contains("invalid or has already been used", page, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users));
    }

    [Fact]
    public async Task The_administrator_reaches_nothing_before_enrolling_MFA()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();
        using var created = await client.PostFormAsync(server.SetupLink!.PathAndQuery, new Dictionary<string, string>
        {
            ["Email"] = Scenario.AdminEmail, ["Password"] = Scenario.Password, ["ConfirmPassword"] = Scenario.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var home = await client.GetAsync("/");
        using var api = await client.PostJsonAsync("/api/v1/orgs", new { name = "A", slug = "a", stakeholderRole = "reseller" });

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/enrol-mfa", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var enrolPage = await client.GetPageAsync("/account/enrol-mfa");
        Assert.Contains("src=\"data:image/svg+xml;base64,", WebUtility.HtmlDecode(enrolPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_TOTP_code_does_not_enable_MFA()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();
        using var created = await client.PostFormAsync(server.SetupLink!.PathAndQuery, new Dictionary<string, string>
        {
            ["Email"] = Scenario.AdminEmail, ["Password"] = Scenario.Password, ["ConfirmPassword"] = Scenario.Password,
        });

        using var response = await client.PostFormAsync("/account/enrol-mfa", new Dictionary<string, string> { ["Code"] = "000000x" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The code is wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Sign_in_needs_the_TOTP_code_after_the_password()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();
        using var created = await client.PostFormAsync(server.SetupLink!.PathAndQuery, new Dictionary<string, string>
        {
            ["Email"] = Scenario.AdminEmail, ["Password"] = Scenario.Password, ["ConfirmPassword"] = Scenario.Password,
        });
        var key = await Scenario.EnrolMfaAsync(client);

        using var fresh = server.NewClient();
        using var password = await fresh.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = Scenario.AdminEmail, ["Password"] = Scenario.Password });
        Assert.StartsWith("/account/login-mfa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var beforeCode = await fresh.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);

        using var code = await fresh.PostFormAsync("/account/login-mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        using var home = await fresh.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        using var signedOut = await fresh.PostFormAsync("/", new Dictionary<string, string>(), "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var afterSignOut = await fresh.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.StartsWith("/account/login", afterSignOut.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        using var attacker = server.NewClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await attacker.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = Scenario.AdminEmail, ["Password"] = "wrong password " + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await attacker.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = Scenario.AdminEmail, ["Password"] = Scenario.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_carry_the_strict_security_headers_and_cookies_are_HttpOnly_and_SameSite_strict()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        using var response = await client.GetAsync("/account/login");

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task API_errors_are_problem_details_and_page_errors_a_readable_page_without_stack_traces()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        using var missingApi = await client.GetAsync("/api/v1/no/such/thing");
        using var unauthenticated = await client.GetAsync("/api/v1/orgs");
        using var missingPage = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
        Assert.Equal("application/problem+json", missingApi.Content.Headers.ContentType?.MediaType);
        var body = await BrowserClient.ReadJsonAsync(missingApi);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Equal("text/html", missingPage.Content.Headers.ContentType?.MediaType);
        var html = await missingPage.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html + body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var response = await client.GetAsync("/account/login");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var client = server.NewClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await BrowserClient.ReadJsonAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/orgs/{slug}/products", out _));
        Assert.True(paths.TryGetProperty("/api/v1/evidence", out _));
    }
}
