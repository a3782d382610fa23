using System.Net;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Monitoring;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>Attaching SBOMs to releases through the API and the release page; bad documents are refused cleanly.</summary>
public sealed class SbomUploadTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static MonitoringOptions Idle(TestDatabase database) => new() { IndexPath = Path.Combine(database.DataDirectory, "osv", "osv.idx"), RunJobs = false };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_CycloneDX_JSON_SBOM_is_stored_with_its_SHA_256_components_and_a_match_job(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);
        var sbom = Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20", "pkg:npm/left-pad@1.3.0", "pkg:pypi/requests@2.30.0");

        using var response = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, sbom);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BrowserClient.ReadJsonAsync(response);
        var sha = Convert.ToHexStringLower(SHA256.HashData(sbom));
        Assert.Equal(sha, body.GetProperty("sha256").GetString());
        Assert.Equal("CycloneDX 1.6", body.GetProperty("format").GetString());
        Assert.Equal(4, body.GetProperty("componentCount").GetInt32());
        await using var db = server.OpenDatabase();
        var stored = await db.ReleaseSboms.SingleAsync();
        Assert.Equal(sbom, stored.Content);
        var purls = await db.ReleaseComponents.Where(c => c.ReleaseId == stored.ReleaseId).Select(c => c.Purl).ToListAsync();
        Assert.Contains("pkg:npm/lodash@4.17.20", purls);
        Assert.Contains("pkg:pypi/requests@2.30.0", purls);
        var job = await db.BackgroundJobs.SingleAsync();
        Assert.Equal((JobKinds.MatchRelease, releaseId, BackgroundJobState.Queued), (job.Kind, job.Payload, job.State));
        Assert.Single(await db.AuditEntries.Where(e => e.EntityType == nameof(ReleaseSbom)).ToListAsync());

        // The attestation subject: the release's SBOM digest, read through the service.
        await using var scope = server.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ReleaseSbomService>();
        Assert.Equal(sha, await service.Sha256Async(stored.OrganisationId, stored.ReleaseId, CancellationToken.None));

        using var download = await admin.GetAsync($"/api/v1/orgs/org-a/products/{productId}/releases/{releaseId}/sbom");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(sbom, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.cyclonedx+json", download.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Uploading_again_replaces_the_SBOM_and_its_components(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);
        using (var first = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, Sboms.CycloneDxJson("pkg:npm/a@1.0.0", "pkg:npm/b@1.0.0")))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        var second = Sboms.CycloneDxXml("pkg:npm/c@2.0.0");
        using var response = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, second, "application/vnd.cyclonedx+xml");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = server.OpenDatabase();
        var stored = await db.ReleaseSboms.SingleAsync();
        Assert.Equal(second, stored.Content);
        Assert.Equal("application/vnd.cyclonedx+xml", stored.MediaType);
        Assert.Equal(["pkg:npm/c@2.0.0"], await db.ReleaseComponents.Select(c => c.Purl).ToListAsync());
    }

    [Fact]
    public async Task An_SPDX_tag_value_SBOM_is_read()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);

        using var response = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, Sboms.SpdxTagValue("pkg:npm/lodash@4.17.20", "pkg:pypi/requests@2.30.0"), "text/spdx");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var body = await BrowserClient.ReadJsonAsync(response);
        Assert.Equal("SPDX 2.3", body.GetProperty("format").GetString());
        Assert.Equal(2, body.GetProperty("componentCount").GetInt32());
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "not an SBOM", "plain text" },
        { "{}", "empty object" },
        { "[1,2,3]", "array" },
        { "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":", "truncated" },
        { "\u00ff\u00fe\u0000<", "binary" },
        {
            "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\"><components><component type=\"library\"><name>&xxe;</name><version>1</version></component></components></bom>",
            "XXE"
        },
        {
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components><component type=\"library\"><name>&lol3;</name></component></components></bom>",
            "entity expansion"
        },
        { new string('[', 100_000), "deep nesting" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Unreadable_or_hostile_SBOMs_are_refused_with_a_problem_and_nothing_is_stored(string document, string what)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);

        using var response = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, Encoding.UTF8.GetBytes(document), "application/xml");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SBOM cannot be read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.ReleaseSboms.CountAsync());
        Assert.Equal(0, await db.ReleaseComponents.CountAsync());
        Assert.Equal(0, await db.BackgroundJobs.CountAsync());
    }

    [Fact]
    public async Task An_empty_body_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);

        using var response = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("body is empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_SBOM_over_50_MB_is_refused_with_413()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);
        var big = new byte[MonitoringSettings.MaxSbomBytes + 1];
        big.AsSpan().Fill((byte)' ');

        // As curl sends large bodies: the server refuses from the declared length before any of the body is sent.
        using var content = new ByteArrayContent(big);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/org-a/products/{productId}/releases/{releaseId}/sbom") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.ReleaseSboms.CountAsync());
    }

    [Fact]
    public async Task Other_organisations_get_404_and_auditors_may_read_but_not_upload()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);
        using (var put = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, Sboms.CycloneDxJson("pkg:npm/a@1.0.0")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "auditor@example.test", "Auditor");
        using var outsider = server.NewClient();
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var other = await Scenario.AddMemberAndSignInAsync(server, admin, "org-b", "other@example.test", "Engineer");
        var info = $"/api/v1/orgs/org-a/products/{productId}/releases/{releaseId}/sbom/info";

        using (var read = await auditor.GetAsync(info))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using (var write = await Scenario.PutSbomAsync(auditor, "org-a", productId, releaseId, Sboms.CycloneDxJson("pkg:npm/b@1.0.0")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        }

        using (var foreign = await other.GetAsync(info))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        using (var foreignWrite = await Scenario.PutSbomAsync(other, "org-a", productId, releaseId, Sboms.CycloneDxJson("pkg:npm/b@1.0.0")))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreignWrite.StatusCode);
        }

        using (var page = await other.GetAsync($"/orgs/org-a/releases/{releaseId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        }

        using (var anonymous = await outsider.GetAsync(info))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var unknownRelease = await Scenario.PutSbomAsync(admin, "org-a", productId, Guid.NewGuid().ToString(), Sboms.CycloneDxJson("pkg:npm/b@1.0.0")))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownRelease.StatusCode);
        }

        await using var db = server.OpenDatabase();
        Assert.Equal(["pkg:npm/a@1.0.0"], await db.ReleaseComponents.Where(c => c.Purl.StartsWith("pkg:npm/")).Select(c => c.Purl).ToListAsync());
    }

    [Fact]
    public async Task The_release_page_uploads_an_SBOM_and_shows_its_digest()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Idle(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin);
        var page = $"/orgs/org-a/releases/{releaseId}";
        var html = await admin.GetPageAsync(page);
        Assert.Contains("No SBOM attached", html, StringComparison.Ordinal);
        Assert.Contains($"/orgs/org-a/releases/{releaseId}", await admin.GetPageAsync($"/orgs/org-a/products/{productId}"), StringComparison.Ordinal);
        var sbom = Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20");

        using var response = await PostFileAsync(admin, page, html, sbom);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await admin.GetPageAsync(page);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(sbom)), after, StringComparison.Ordinal);
        Assert.Contains("pkg:npm/lodash@4.17.20", after, StringComparison.Ordinal);

        using var bad = await PostFileAsync(admin, page, after, Encoding.UTF8.GetBytes("<bom><unclosed>"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("SBOM cannot be read", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(BrowserClient client, string page, string html, byte[] file)
    {
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "no antiforgery token on the release page");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Upload", "bom.json" },
        };
        return await client.Http.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), form);
    }

    private static async Task<(string ProductId, string ReleaseId)> ReleaseAsync(BrowserClient admin)
    {
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var release = (await Scenario.CreateReleaseAsync(admin, "org-a", product, "1.0.0")).GetProperty("id").GetString()!;
        return (product, release);
    }
}
