using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.Data.Entities;
using CodeAssure.Sbom.Validation;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Advisories;

/// <summary>CSAF advisories from findings: drafts, publication with validation, revisions, the CSAF provider, VEX exports, tenancy.</summary>
public sealed class AdvisoryTests
{
    private const string Api = "/api/v1/orgs/org-a";

    private sealed record World(ServerUnderTest Server, BrowserClient Owner, Guid Product, Guid Release1, Guid Release2, Guid Affected, Guid NotAffected) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Owner.Dispose();
            await Server.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync(TestDatabase database)
    {
        var server = await ServerUnderTest.StartAsync(database);
        var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "org-a");
        await Scenario.SetPortalVisibilityAsync(server, "org-a", PortalVisibility.Public);
        var product = Scenario.IdOf(await Scenario.CreateProductAsync(owner, "org-a", "Widget"));
        var release1 = await Scenario.AddReleaseAsync(owner, "org-a", product, "1.0.0");
        var release2 = await Scenario.AddReleaseAsync(owner, "org-a", product, "1.1.0");
        var affected = await Scenario.SeedFindingAsync(server, "org-a", product, release1, "GHSA-aaaa-bbbb-cccc", FindingStatus.Affected,
            aliases: "CVE-2026-1234", fixedIn: "1.1.0", purl: "pkg:maven/org.example/lib@2.0");
        await Scenario.SeedFindingAsync(server, "org-a", product, release2, "CVE-2026-1234", FindingStatus.Fixed, purl: "pkg:maven/org.example/lib@2.1");
        var notAffected = await Scenario.SeedFindingAsync(server, "org-a", product, release1, "CVE-2026-9999", FindingStatus.NotAffected,
            justification: "vulnerable_code_not_in_execute_path", detail: "The parser is never called.", purl: "pkg:npm/left-pad@1.0.0");
        return new World(server, owner, product, release1, release2, affected, notAffected);
    }

    private static async Task<JsonElement> CreateDraftAsync(BrowserClient client, string title, params Guid[] findings)
    {
        using var response = await client.PostJsonAsync($"{Api}/advisories", new { title, summary = "Update Widget to 1.1.0.", details = "Line one.\nLine two.", findingIds = findings });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await BrowserClient.ReadJsonAsync(response);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetTextAsync(BrowserClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_from_findings_is_published_as_valid_csaf_listed_by_the_provider_and_notified(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await StartAsync(database);
        var owner = world.Owner;

        var draft = await CreateDraftAsync(owner, "Remote code execution in Widget", world.Affected);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal("0.1.0", draft.GetProperty("version").GetString());
        var id = Scenario.IdOf(draft);
        var trackingId = draft.GetProperty("trackingId").GetString()!;
        Assert.Matches("^org-a-[0-9]{4}-0001$", trackingId);

        // Drafts are never in the provider.
        var anonymous = world.Server.NewClient();
        Assert.Equal("", (await GetTextAsync(anonymous, "/trust/org-a/csaf/index.txt")).Body);

        using var published = await owner.PostJsonAsync($"{Api}/advisories/{id}/publish", new { });
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var final = await BrowserClient.ReadJsonAsync(published);
        Assert.Equal(("final", "1.0.0"), (final.GetProperty("status").GetString(), final.GetProperty("version").GetString()));
        Assert.Equal("Critical", final.GetProperty("severity").GetString());

        var (_, csaf) = await GetTextAsync(owner, $"{Api}/advisories/{id}/csaf");
        var report = new CsafValidator().Validate(Encoding.UTF8.GetBytes(csaf));
        Assert.True(report.IsValid, string.Join("\n", report.SchemaProblems.Select(p => p.ToString()).Concat(report.Findings.Select(f => f.TestId + " " + f.Message))));
        using (var document = JsonDocument.Parse(csaf))
        {
            var vulnerabilities = document.RootElement.GetProperty("vulnerabilities").EnumerateArray().ToList();
            // The fixed finding in 1.1.0 joins the chosen one (same CVE, same product); the other CVE was not chosen.
            var vulnerability = Assert.Single(vulnerabilities);
            Assert.Equal("CVE-2026-1234", vulnerability.GetProperty("cve").GetString());
            Assert.Equal(1, vulnerability.GetProperty("product_status").GetProperty("known_affected").GetArrayLength());
            Assert.Equal(1, vulnerability.GetProperty("product_status").GetProperty("fixed").GetArrayLength());
            Assert.Equal("vendor_fix", vulnerability.GetProperty("remediations")[0].GetProperty("category").GetString());
            Assert.Equal("Line one.\nLine two.", document.RootElement.GetProperty("document").GetProperty("notes")[1].GetProperty("text").GetString());
        }

        var year = final.GetProperty("initialReleaseDate").GetDateTimeOffset().UtcDateTime.Year;
        var path = $"{year}/{trackingId}.json";
        Assert.EndsWith("/trust/org-a/csaf/" + path, final.GetProperty("csafUrl").GetString(), StringComparison.Ordinal);

        var (metadataStatus, metadataText) = await GetTextAsync(anonymous, "/trust/org-a/.well-known/csaf/provider-metadata.json");
        Assert.Equal(HttpStatusCode.OK, metadataStatus);
        using (var metadata = JsonDocument.Parse(metadataText))
        {
            var root = metadata.RootElement;
            Assert.Equal("2.0", root.GetProperty("metadata_version").GetString());
            Assert.Equal("csaf_provider", root.GetProperty("role").GetString());
            Assert.EndsWith("/trust/org-a/.well-known/csaf/provider-metadata.json", root.GetProperty("canonical_url").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("/trust/org-a/csaf/", root.GetProperty("distributions")[0].GetProperty("directory_url").GetString(), StringComparison.Ordinal);
            Assert.Equal("vendor", root.GetProperty("publisher").GetProperty("category").GetString());
            Assert.True(root.GetProperty("list_on_CSAF_aggregators").GetBoolean());
            Assert.True(root.GetProperty("mirror_on_CSAF_aggregators").GetBoolean());
            Assert.True(root.TryGetProperty("last_updated", out _));
        }

        Assert.Equal(path + "\n", (await GetTextAsync(anonymous, "/trust/org-a/csaf/index.txt")).Body);
        var (fileStatus, file) = await GetTextAsync(anonymous, "/trust/org-a/csaf/" + path);
        Assert.Equal(HttpStatusCode.OK, fileStatus);
        Assert.Equal(csaf, file);
        Assert.True(CsafFileName.IsValid(path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]));
        var sha256 = (await GetTextAsync(anonymous, "/trust/org-a/csaf/" + path + ".sha256")).Body;
        var sha512 = (await GetTextAsync(anonymous, "/trust/org-a/csaf/" + path + ".sha512")).Body;
        Assert.Equal($"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))}  {trackingId}.json\n", sha256);
        Assert.Equal($"{Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(file)))}  {trackingId}.json\n", sha512);
        Assert.Contains($"\"{path}\",\"", (await GetTextAsync(anonymous, "/trust/org-a/csaf/changes.csv")).Body, StringComparison.Ordinal);
        Assert.Contains(path[5..], (await GetTextAsync(anonymous, $"/trust/org-a/csaf/{year}/")).Body, StringComparison.Ordinal);

        // Conditional GET: the same ETag answers 304.
        using (var first = await anonymous.GetAsync("/trust/org-a/csaf/" + path))
        {
            var etag = first.Headers.ETag!;
            using var request = new HttpRequestMessage(HttpMethod.Get, "/trust/org-a/csaf/" + path);
            request.Headers.IfNoneMatch.Add(etag);
            using var second = await anonymous.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        }

        await using (var db = world.Server.OpenDatabase())
        {
            var events = await db.NotificationEvents.Where(n => n.Kind == "advisory.published").ToListAsync();
            var notification = Assert.Single(events);
            Assert.Equal(world.Product, notification.ProductId);
            Assert.Equal($"/trust/org-a/advisories/{trackingId}", notification.Link);
            using var payload = JsonDocument.Parse(notification.PayloadJson!);
            Assert.Equal(trackingId, payload.RootElement.GetProperty("trackingId").GetString());
            Assert.Equal("Critical", payload.RootElement.GetProperty("severity").GetString());
        }

        // A second publish is refused; a revision raises the minor version and stays valid.
        using var again = await owner.PostJsonAsync($"{Api}/advisories/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        using var revised = await owner.PostJsonAsync($"{Api}/advisories/{id}/revise", new { summary = "Added the fixed release." });
        Assert.True(revised.StatusCode == HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        Assert.Equal("1.1.0", (await BrowserClient.ReadJsonAsync(revised)).GetProperty("version").GetString());
        var revisedFile = (await GetTextAsync(anonymous, "/trust/org-a/csaf/" + path)).Body;
        Assert.True(new CsafValidator().Validate(Encoding.UTF8.GetBytes(revisedFile)).IsValid);
        Assert.Contains("Added the fixed release.", revisedFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_is_refused_with_the_validation_failures_when_the_advisory_has_no_products()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var world = await StartAsync(database);
        var id = Scenario.IdOf(await CreateDraftAsync(world.Owner, "Soon empty", world.NotAffected));
        await using (var db = world.Server.OpenDatabase())
        {
            db.Findings.RemoveRange(await db.Findings.ToListAsync());
            await db.SaveChangesAsync();
        }

        using var refused = await world.Owner.PostJsonAsync($"{Api}/advisories/{id}/publish", new { });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await BrowserClient.ReadJsonAsync(refused);
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith("6.1.27.4", StringComparison.Ordinal));
        var (_, index) = await GetTextAsync(world.Server.NewClient(), "/trust/org-a/csaf/index.txt");
        Assert.Equal("", index);
    }

    [Fact]
    public async Task Engineers_draft_but_only_the_SRO_or_Owner_publishes_and_bad_requests_get_clear_errors()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var world = await StartAsync(database);
        using var engineer = await Scenario.AddMemberAndSignInAsync(world.Server, world.Owner, "org-a", "eng@a.test", "Engineer");
        await Scenario.EnrolMfaAsync(engineer);

        var id = Scenario.IdOf(await CreateDraftAsync(engineer, "By an engineer", world.Affected));
        using var publish = await engineer.PostJsonAsync($"{Api}/advisories/{id}/publish", new { });
        using var noFindings = await engineer.PostJsonAsync($"{Api}/advisories", new { title = "x", findingIds = Array.Empty<Guid>() });
        using var unknownFinding = await engineer.PostJsonAsync($"{Api}/advisories", new { title = "x", findingIds = new[] { Guid.NewGuid() } });
        using var noTitle = await engineer.PostJsonAsync($"{Api}/advisories", new { title = "  ", findingIds = new[] { world.Affected } });
        using var controlChars = await engineer.PostJsonAsync($"{Api}/advisories", new { title = "t", summary = "a\u0000b", findingIds = new[] { world.Affected } });
        using var reviseDraft = await world.Owner.PostJsonAsync($"{Api}/advisories/{id}/revise", new { summary = "x" });
        using var badFormat = await engineer.GetAsync($"{Api}/releases/{world.Release1}/vex?format=spdx");

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFindings.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownFinding.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, controlChars.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reviseDraft.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task Other_organisations_and_hidden_portals_get_404()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var world = await StartAsync(database);
        var id = Scenario.IdOf(await CreateDraftAsync(world.Owner, "Private", world.Affected));
        using var published = await world.Owner.PostJsonAsync($"{Api}/advisories/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        await Scenario.CreateOrganisationAsync(world.Owner, "org-b");
        using var outsider = await Scenario.AddMemberAndSignInAsync(world.Server, world.Owner, "org-b", "eng@b.test", "Engineer");

        foreach (var path in new[] { $"{Api}/advisories", $"{Api}/advisories/{id}", $"{Api}/advisories/{id}/csaf", $"{Api}/releases/{world.Release1}/vex" })
        {
            using var response = await outsider.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, path + " answered " + response.StatusCode);
        }

        using var crossRelease = await outsider.GetAsync($"/api/v1/orgs/org-b/releases/{world.Release1}/vex");
        Assert.Equal(HttpStatusCode.NotFound, crossRelease.StatusCode);

        await Scenario.SetPortalVisibilityAsync(world.Server, "org-a", PortalVisibility.CustomersOnly);
        var anonymous = world.Server.NewClient();
        foreach (var path in new[] { "/trust/org-a/.well-known/csaf/provider-metadata.json", "/trust/org-a/csaf/index.txt", "/trust/org-a/csaf/changes.csv", "/trust/nobody/csaf/index.txt" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, path + " answered " + response.StatusCode);
        }

        // Members still see a customers-only provider.
        using var member = await world.Owner.GetAsync("/trust/org-a/csaf/index.txt");
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
    }

    [Fact]
    public async Task Release_vex_exports_as_valid_cyclonedx_and_as_openvex()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var world = await StartAsync(database);

        using var cyclonedx = await world.Owner.GetAsync($"{Api}/releases/{world.Release1}/vex?format=cyclonedx");
        using var openvex = await world.Owner.GetAsync($"{Api}/releases/{world.Release1}/vex?format=openvex");

        Assert.Equal(HttpStatusCode.OK, cyclonedx.StatusCode);
        var cdx = await cyclonedx.Content.ReadAsByteArrayAsync();
        var result = new SbomValidator().Validate(cdx, "vex.cdx.json");
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        using (var bom = JsonDocument.Parse(cdx))
        {
            var states = bom.RootElement.GetProperty("vulnerabilities").EnumerateArray().Select(v => v.GetProperty("analysis").GetProperty("state").GetString()).ToList();
            Assert.Equal(["not_affected", "exploitable"], states.Order(StringComparer.Ordinal).Reverse());
            Assert.Equal("1.0.0", bom.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("version").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, openvex.StatusCode);
        using var vex = JsonDocument.Parse(await openvex.Content.ReadAsStringAsync());
        Assert.Equal("https://openvex.dev/ns/v0.2.0", vex.RootElement.GetProperty("@context").GetString());
        var statements = vex.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("pkg:generic/org-a/Widget@1.0.0", s.GetProperty("products")[0].GetProperty("@id").GetString()));
        Assert.Contains(statements, s => s.GetProperty("status").GetString() == "not_affected" && s.GetProperty("justification").GetString() == "vulnerable_code_not_in_execute_path");
    }
}
