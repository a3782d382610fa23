using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests;

/// <summary>API tokens and evidence bundle upload, including <c>codeassure scan --upload</c>.</summary>
public sealed class EvidenceUploadTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_token_uploads_a_5_MB_bundle_which_is_stored_with_its_SHA_256(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateProductAsync(admin, "org-a", "Widget");
        using var created = await admin.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "ci" });
        var secret = (await BrowserClient.ReadJsonAsync(created)).GetProperty("token").GetString()!;
        var bundle = Bundles.Minimal(checks: 14_000);
        Assert.True(bundle.Length >= 5 * 1024 * 1024, $"bundle is only {bundle.Length} bytes");
        using var ci = server.NewClient();
        ci.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        using var content = new ByteArrayContent(bundle);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await ci.Http.PostAsync(new Uri("/api/v1/evidence?product=Widget", UriKind.Relative), content);
        // Reported, not asserted: timings belong in bench/, but the figure is useful in the test log.
        output.WriteLine($"{provider}: {bundle.Length / (1024.0 * 1024):F1} MB bundle ingested in {clock.ElapsedMilliseconds} ms (over HTTP, first request)");
        using var again = new ByteArrayContent(bundle);
        again.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        clock.Restart();
        using (var second = await ci.Http.PostAsync(new Uri("/api/v1/evidence?product=Widget", UriKind.Relative), again))
        {
            output.WriteLine($"{provider}: again, warm: {clock.ElapsedMilliseconds} ms ({(int)second.StatusCode})");
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BrowserClient.ReadJsonAsync(response);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bundle)), body.GetProperty("sha256").GetString());
        Assert.Contains("/orgs/org-a/products/", body.GetProperty("link").GetString(), StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        var stored = await db.EvidenceBundles.OrderBy(b => b.Id).FirstAsync();
        Assert.Equal(bundle, stored.Content);
        Assert.StartsWith("token:", stored.UploadedBy, StringComparison.Ordinal);
        var audited = await db.AuditEntries.Where(e => e.EntityType == "StoredEvidenceBundle").ToListAsync();
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal(stored.UploadedBy, a.Actor));
        // No secret is stored: only the token's hash.
        Assert.DoesNotContain(await db.ApiTokens.Select(t => t.TokenHash).ToListAsync(), h => h.Contains(secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\":\"2.0\"}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"tool\":{\"name\":\"x\",\"version\":\"1\"},\"catalogVersion\":\"c\",\"scannedAt\":\"yesterday\",\"subject\":{\"name\":\"s\"},\"role\":\"reseller\",\"checks\":[],\"principles\":[]}")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"tool\":{\"name\":\"x\",\"version\":\"1\"},\"catalogVersion\":\"c\",\"scannedAt\":\"2026-01-01T00:00:00Z\",\"subject\":{\"name\":\"s\"},\"role\":\"vendor\",\"checks\":[],\"principles\":[]}")]
    public async Task Invalid_bundles_are_refused_and_nothing_is_stored(string body)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/org-a/products/{product}/evidence", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("evidence bundle", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.EvidenceBundles.CountAsync());
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var created = await admin.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "ci" });
        var token = await BrowserClient.ReadJsonAsync(created);
        using var ci = server.NewClient();
        ci.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        using var before = await ci.GetAsync("/api/v1/orgs/org-a/products");

        using var revoke = await admin.Http.DeleteAsync(new Uri($"/api/v1/orgs/org-a/tokens/{token.GetProperty("id").GetString()}", UriKind.Relative));
        using var after = await ci.GetAsync("/api/v1/orgs/org-a/products");
        using var forged = server.NewClient();
        forged.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cat_forged");
        using var unknown = await forged.GetAsync("/api/v1/orgs/org-a/products");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task Scan_with_upload_sends_the_bundle_and_prints_the_link()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateProductAsync(admin, "org-a", "Widget");
        using var created = await admin.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "ci" });
        var secret = (await BrowserClient.ReadJsonAsync(created)).GetProperty("token").GetString()!;
        var repo = Path.Combine(database.DataDirectory, "repo");
        Directory.CreateDirectory(repo);
        await File.WriteAllTextAsync(Path.Combine(repo, "README.md"), "# Widget\n");

        var result = await CliRunner.RunAsync("scan", repo, "--fail-on", "none", "--db", Path.Combine(repo, "no-index"),
            "--upload", server.BaseAddress.ToString(), "--token", secret, "--product", "Widget");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("uploaded: " + server.BaseAddress.ToString().TrimEnd('/') + "/orgs/org-a/products/", result.Out, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(1, await db.EvidenceBundles.CountAsync());
    }

    [Fact]
    public async Task Scan_upload_with_a_bad_token_fails_with_one_line()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        var repo = Path.Combine(database.DataDirectory, "repo");
        Directory.CreateDirectory(repo);

        var result = await CliRunner.RunAsync("scan", repo, "--fail-on", "none", "--db", Path.Combine(repo, "no-index"),
            "--upload", server.BaseAddress.ToString(), "--token", "cat_wrong", "--product", "Widget");
        var usage = await CliRunner.RunAsync("scan", repo, "--upload", server.BaseAddress.ToString(), "--token", "cat_x");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("codeassure: upload refused (401)", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--product", usage.Error, StringComparison.Ordinal);
    }
}
