using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests;

/// <summary>A member of organisation A gets 404 — never 403, never data — for every object of organisation B.</summary>
public sealed class TenancyTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_member_of_one_organisation_gets_404_for_every_object_of_another(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        var productB = (await Scenario.CreateProductAsync(admin, "org-b", "Secret product")).GetProperty("id").GetString();
        using var release = await admin.PostJsonAsync($"/api/v1/orgs/org-b/products/{productB}/releases", new { version = "1.0.0", releasedOn = "2026-01-31" });
        var releaseB = (await BrowserClient.ReadJsonAsync(release)).GetProperty("id").GetString();
        using var training = await admin.PostJsonAsync("/api/v1/orgs/org-b/training", new { personName = "P", training = "T", completedOn = "2026-01-01" });
        var trainingB = (await BrowserClient.ReadJsonAsync(training)).GetProperty("id").GetString();
        using var token = await admin.PostJsonAsync("/api/v1/orgs/org-b/tokens", new { name = "ci" });
        var tokenB = await BrowserClient.ReadJsonAsync(token);
        var bundleB = await UploadAsync(server, tokenB.GetProperty("token").GetString()!, "Secret product");
        var membersB = await BrowserClient.ReadJsonAsync(await admin.GetAsync("/api/v1/orgs/org-b/members"));
        var memberB = membersB[0].GetProperty("id").GetString();

        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "engineer@a.test", "Engineer");

        string[] reads =
        [
            "/orgs/org-b", "/orgs/org-b/profile", "/orgs/org-b/members", "/orgs/org-b/tokens", "/orgs/org-b/audit",
            $"/orgs/org-b/products/{productB}",
            "/api/v1/orgs/org-b", "/api/v1/orgs/org-b/products", $"/api/v1/orgs/org-b/products/{productB}",
            $"/api/v1/orgs/org-b/products/{productB}/releases", $"/api/v1/orgs/org-b/products/{productB}/evidence",
            $"/api/v1/orgs/org-b/products/{productB}/evidence/{bundleB}", "/api/v1/orgs/org-b/members",
            "/api/v1/orgs/org-b/training", "/api/v1/orgs/org-b/tokens", "/api/v1/orgs/org-b/audit",
            // Org A's routes with org B's ids: the objects are not found inside org A either.
            $"/orgs/org-a/products/{productB}", $"/api/v1/orgs/org-a/products/{productB}",
            $"/api/v1/orgs/org-a/products/{productB}/releases", $"/api/v1/orgs/org-a/products/{productB}/evidence/{bundleB}",
        ];
        foreach (var path in reads)
        {
            using var response = await engineer.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("Secret product", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var writes = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Post, "/api/v1/orgs/org-b/products", new { name = "x" }),
            (HttpMethod.Put, $"/api/v1/orgs/org-b/products/{productB}", new { name = "x" }),
            (HttpMethod.Delete, $"/api/v1/orgs/org-b/products/{productB}", null),
            (HttpMethod.Post, $"/api/v1/orgs/org-b/products/{productB}/releases", new { version = "2", releasedOn = "2026-02-01" }),
            (HttpMethod.Delete, $"/api/v1/orgs/org-b/products/{productB}/releases/{releaseB}", null),
            (HttpMethod.Delete, $"/api/v1/orgs/org-b/training/{trainingB}", null),
            (HttpMethod.Delete, $"/api/v1/orgs/org-b/members/{memberB}", null),
            (HttpMethod.Delete, $"/api/v1/orgs/org-b/tokens/{tokenB.GetProperty("id").GetString()}", null),
            (HttpMethod.Put, $"/api/v1/orgs/org-a/products/{productB}", new { name = "x" }),
            (HttpMethod.Delete, $"/api/v1/orgs/org-a/products/{productB}", null),
            (HttpMethod.Delete, $"/api/v1/orgs/org-a/products/{productB}/releases/{releaseB}", null),
            (HttpMethod.Post, $"/api/v1/orgs/org-a/products/{productB}/releases", new { version = "3", releasedOn = "2026-02-01" }),
        };
        foreach (var (method, path, body) in writes)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent(body) };
            using var response = await engineer.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
        }

        using var pagePost = await engineer.PostFormAsync("/orgs/org-a", new Dictionary<string, string>(), $"/orgs/org-b/products/{productB}?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, pagePost.StatusCode);

        // Nothing of B changed.
        var products = await BrowserClient.ReadJsonAsync(await admin.GetAsync($"/api/v1/orgs/org-b/products/{productB}/releases"));
        Assert.Equal(1, products.GetArrayLength());
        var orgs = await BrowserClient.ReadJsonAsync(await engineer.GetAsync("/api/v1/orgs"));
        Assert.Equal("org-a", Assert.Single(orgs.EnumerateArray()).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task An_API_token_of_one_organisation_gets_404_in_another()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        var productB = (await Scenario.CreateProductAsync(admin, "org-b", "B product")).GetProperty("id").GetString();
        using var token = await admin.PostJsonAsync("/api/v1/orgs/org-a/tokens", new { name = "ci" });
        var secret = (await BrowserClient.ReadJsonAsync(token)).GetProperty("token").GetString();
        using var client = server.NewClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        using var own = await client.GetAsync("/api/v1/orgs/org-a/products");
        using var other = await client.GetAsync("/api/v1/orgs/org-b/products");
        using var otherProduct = await client.GetAsync($"/api/v1/orgs/org-b/products/{productB}");
        using var byName = await client.Http.PostAsync(new Uri("/api/v1/evidence?product=B%20product", UriKind.Relative), JsonContent(new { }));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProduct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byName.StatusCode);
    }

    internal static async Task<string> UploadAsync(ServerUnderTest server, string token, string product)
    {
        using var client = server.NewClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var content = new ByteArrayContent(Bundles.Minimal());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.Http.PostAsync(new Uri("/api/v1/evidence?product=" + Uri.EscapeDataString(product), UriKind.Relative), content);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await BrowserClient.ReadJsonAsync(response)).GetProperty("id").GetString()!;
    }

    internal static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
