using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests;

/// <summary>Self-assessment over real HTTP: answers, versions, SRO sign-off, immutable snapshots, tenancy, bad input, exports.</summary>
public sealed class AssessmentTests
{
    private const string Api = "/api/v1/orgs/org-a/assessment";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answers_are_versioned_signed_off_by_the_SRO_frozen_and_the_next_edit_opens_a_new_draft(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);

        var claims = await ClaimIdsAsync(admin, Api);
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            using var answered = await PutJsonAsync(admin, $"{Api}/claims/{claim}", new { answer = "met", argument = "Reviewed in the design review.", owner = "Ann" });
            Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        }

        using var byOwner = await admin.PostJsonAsync($"{Api}/sign-off", new { acknowledgement = "I confirm." });
        using var signed = await sro.PostJsonAsync($"{Api}/sign-off", new { acknowledgement = "I confirm this self-assessment is accurate." });
        using var again = await sro.PostJsonAsync($"{Api}/sign-off", new { acknowledgement = "Again." });

        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        var version1 = await BrowserClient.ReadJsonAsync(signed);
        Assert.Equal("signed-off", version1.GetProperty("status").GetString());
        Assert.Equal(1, version1.GetProperty("number").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // The snapshot cannot be changed even by code that goes straight to the database.
        await using (var db = server.OpenDatabase())
        {
            var row = await db.AssessmentVersions.SingleAsync(v => v.Number == 1);
            row.Content = "{}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = server.OpenDatabase())
        {
            db.AssessmentVersions.Remove(await db.AssessmentVersions.SingleAsync(v => v.Number == 1));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        using var edited = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "not-met", owner = "Bob", targetDate = "2027-01-31" });
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var current = await BrowserClient.ReadJsonAsync(edited);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("draft", current.GetProperty("status").GetString());
        Assert.Equal(version1.GetProperty("sha256").GetString(), current.GetProperty("basedOn").GetString());

        var versions = await GetJsonAsync(admin, $"{Api}/versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal("signed-off", versions[0].GetProperty("status").GetString());
        Assert.Equal(version1.GetProperty("sha256").GetString(), versions[0].GetProperty("sha256").GetString());
        Assert.Equal("draft", versions[1].GetProperty("status").GetString());

        var diff = await GetJsonAsync(admin, $"{Api}/versions/2/diff");
        var change = Assert.Single(diff.GetProperty("claims").EnumerateArray());
        Assert.Equal(claims[0], change.GetProperty("claim").GetString());

        var snapshot = await GetJsonAsync(admin, $"{Api}/versions/1");
        Assert.Equal("met", snapshot.GetProperty("claims")[0].GetProperty("answer").GetString());
        Assert.Equal("sro@a.test", snapshot.GetProperty("signOff").GetProperty("signedBy").GetString());
    }

    [Fact]
    public async Task The_SRO_signs_off_a_product_assessment_on_the_page_and_the_change_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Shop")).GetProperty("id").GetString();
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);
        var api = $"/api/v1/orgs/org-a/products/{product}/assessment";
        var pagePath = $"/orgs/org-a/assessment/{product}";
        foreach (var claim in await ClaimIdsAsync(admin, api))
        {
            using var answered = await PutJsonAsync(admin, $"{api}/claims/{claim}", new { answer = "not-applicable", justification = "Out of scope for this product." });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        Assert.DoesNotContain("?handler=SignOff", await admin.GetPageAsync(pagePath), StringComparison.Ordinal);
        using var signed = await sro.PostFormAsync(pagePath, new Dictionary<string, string> { ["Acknowledgement"] = "I confirm." }, pagePath + "?handler=SignOff");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var page = await sro.GetPageAsync(pagePath);
        Assert.Contains("signed off by sro@a.test", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=SignOff", page, StringComparison.Ordinal);

        await using var db = server.OpenDatabase();
        var version = await db.AssessmentVersions.SingleAsync();
        Assert.Equal(AssessmentVersion.SignedOff, version.Status);
        Assert.Equal(Guid.Parse(product!), version.ProductId);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.EntityType == nameof(AssessmentVersion) && e.EntityId == version.Id.ToString());
    }

    [Fact]
    public async Task Exports_have_the_right_types_and_parse()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var claims = await ClaimIdsAsync(admin, Api);
        using var answered = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "partially-met", argument = "Half, \"quoted\", done", owner = "Ann, Bob", targetDate = "2027-03-01" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        using var json = await admin.GetAsync($"{Api}/versions/1/export/json");
        using var csv = await admin.GetAsync($"{Api}/versions/1/export/csv");
        using var html = await admin.GetAsync($"{Api}/versions/1/export/html");
        using var unknown = await admin.GetAsync($"{Api}/versions/1/export/xml");

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition?.DispositionType);
        var exported = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("1.0", exported.GetProperty("exportVersion").GetString());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("theme,principle,claim,statement,answer", csvText.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\"Half, \"\"quoted\"\", done\"", csvText, StringComparison.Ordinal);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".html", html.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var claims = await ClaimIdsAsync(admin, Api);

        using var noJustification = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "not-applicable" });
        using var badAnswer = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "maybe" });
        using var badClaim = await PutJsonAsync(admin, $"{Api}/claims/99.99.99", new { answer = "met", argument = "x" });
        using var badDate = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "not-met", owner = "A", targetDate = "31/01/2027" });
        using var httpLink = await admin.PostJsonAsync($"{Api}/links", new { title = "Policy", url = "http://example.test/policy" });
        using var exe = await UploadAsync(admin, $"{Api}/files", "tool.exe", Encoding.ASCII.GetBytes("MZ not really"));
        using var fakePdf = await UploadAsync(admin, $"{Api}/files", "policy.pdf", Encoding.ASCII.GetBytes("plain text pretending"));
        using var large = await UploadAsync(admin, $"{Api}/files", "big.txt", Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024 + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, noJustification.StatusCode);
        Assert.Contains("justification", await noJustification.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badClaim.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, httpLink.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fakePdf.StatusCode);
        Assert.True(large.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, large.StatusCode.ToString());
        await using var db = server.OpenDatabase();
        Assert.Empty(await db.AssessmentVersions.ToListAsync());
        Assert.Empty(await db.AssessmentEvidenceFiles.ToListAsync());
    }

    [Fact]
    public async Task A_file_is_stored_with_its_digest_and_a_link_is_attached_to_its_claim()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var claims = await ClaimIdsAsync(admin, Api);
        var content = Encoding.UTF8.GetBytes("Our secure development policy.\n");

        using var file = await UploadAsync(admin, $"{Api}/files", "policy.txt", content, claims[0]);
        using var link = await admin.PostJsonAsync($"{Api}/links", new { title = "Policy page", url = "https://example.test/policy", claim = claims[0] });

        Assert.True(file.StatusCode == HttpStatusCode.OK, await file.Content.ReadAsStringAsync());
        Assert.True(link.StatusCode == HttpStatusCode.OK, await link.Content.ReadAsStringAsync());
        var assessment = await BrowserClient.ReadJsonAsync(link);
        var evidence = assessment.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(2, evidence.Count);
        var stored = evidence.Single(e => e.GetProperty("kind").GetString() == "file");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), stored.GetProperty("sha256").GetString());
        Assert.Equal(2, assessment.GetProperty("claims")[0].GetProperty("evidence").GetArrayLength());
        var fileId = stored.GetProperty("id").GetString()!["file-".Length..];
        using var download = await admin.GetAsync($"/api/v1/orgs/org-a/assessment-files/{Guid.ParseExact(fileId, "N")}");
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_dashboard_api_gives_the_figures_gaps_progress_and_products_the_page_draws()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Shop")).GetProperty("id").GetString();
        var claims = await ClaimIdsAsync(admin, Api);
        using (var met = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "met", argument = "Reviewed." }))
        using (var gap = await PutJsonAsync(admin, $"{Api}/claims/{claims[1]}", new { answer = "not-met", owner = "Ann", targetDate = "2020-01-31" }))
        using (var productAnswer = await PutJsonAsync(admin, $"/api/v1/orgs/org-a/products/{product}/assessment/claims/{claims[0]}", new { answer = "met", argument = "Reviewed." }))
        {
            Assert.Equal(HttpStatusCode.OK, met.StatusCode);
            Assert.Equal(HttpStatusCode.OK, gap.StatusCode);
            Assert.Equal(HttpStatusCode.OK, productAnswer.StatusCode);
        }

        using var response = await admin.GetAsync("/api/v1/orgs/org-a/dashboard");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await BrowserClient.ReadJsonAsync(response);

        Assert.Equal("draft", body.GetProperty("assessment").GetProperty("status").GetString());
        Assert.Equal(claims.Count, body.GetProperty("overall").GetProperty("applicable").GetInt32());
        Assert.Equal(1, body.GetProperty("overall").GetProperty("met").GetInt32());
        Assert.Equal(4, body.GetProperty("themes").GetArrayLength());
        var onlyGap = Assert.Single(body.GetProperty("gaps").EnumerateArray());
        Assert.Equal(claims[1], onlyGap.GetProperty("claim").GetString());
        Assert.True(onlyGap.GetProperty("isOverdue").GetBoolean());
        Assert.Single(body.GetProperty("progress").EnumerateArray());
        var row = Assert.Single(body.GetProperty("products").GetProperty("rows").EnumerateArray());
        Assert.Equal("Shop", row.GetProperty("product").GetString());

        // The dashboard (its figures and its rendered HTML) is cached per organisation; any change must show at once.
        var before = await admin.GetPageAsync("/orgs/org-a/dashboard");
        Assert.DoesNotContain("Till", before, StringComparison.Ordinal);
        Assert.Contains("1 met", before, StringComparison.Ordinal);
        using (var fixedGap = await PutJsonAsync(admin, $"{Api}/claims/{claims[1]}", new { answer = "met", argument = "Fixed." }))
        {
            Assert.Equal(HttpStatusCode.OK, fixedGap.StatusCode);
        }

        await Scenario.CreateProductAsync(admin, "org-a", "Till");
        using var again = await admin.GetAsync("/api/v1/orgs/org-a/dashboard");
        var after = await BrowserClient.ReadJsonAsync(again);
        Assert.Equal(2, after.GetProperty("overall").GetProperty("met").GetInt32());
        Assert.Empty(after.GetProperty("gaps").EnumerateArray());
        var page = await admin.GetPageAsync("/orgs/org-a/dashboard");
        Assert.Contains("Till", page, StringComparison.Ordinal);
        Assert.Contains("2 met", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_gets_404_on_every_self_assessment_route()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "P")).GetProperty("id").GetString();
        var claims = await ClaimIdsAsync(admin, Api);
        using (var answered = await PutJsonAsync(admin, $"{Api}/claims/{claims[0]}", new { answer = "not-met", owner = "A", targetDate = "2027-03-01" }))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "org-b", "outsider@b.test", "Engineer");

        string[] gets =
        [
            Api, $"{Api}/versions", $"{Api}/versions/1", $"{Api}/versions/1/diff", $"{Api}/versions/1/export/json",
            $"/api/v1/orgs/org-a/products/{product}/assessment", $"/api/v1/orgs/org-a/products/{product}/assessment/prefill",
            $"/api/v1/orgs/org-b/products/{product}/assessment", "/orgs/org-a/assessment", $"/orgs/org-a/assessment/{product}", "/orgs/org-a/dashboard",
            "/api/v1/orgs/org-a/dashboard", $"/orgs/org-b/assessment/{product}",
        ];
        foreach (var path in gets)
        {
            using var response = await outsider.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode}");
        }

        using var put = await PutJsonAsync(outsider, $"{Api}/claims/{claims[0]}", new { answer = "met", argument = "x" });
        using var sign = await outsider.PostJsonAsync($"{Api}/sign-off", new { acknowledgement = "x" });
        using var link = await outsider.PostJsonAsync($"{Api}/links", new { title = "x", url = "https://example.test" });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, link.StatusCode);
    }

    [Fact]
    public async Task The_page_edits_a_claim_escapes_hostile_text_and_shows_validation_messages()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var claims = await ClaimIdsAsync(admin, Api);
        const string Hostile = "<script>alert(1)</script>";

        using var missing = await admin.PostFormAsync("/orgs/org-a/assessment", new Dictionary<string, string>
        {
            ["Claim"] = claims[0], ["Answer"] = "not-applicable",
        }, "/orgs/org-a/assessment?handler=Claim");
        using var saved = await admin.PostFormAsync("/orgs/org-a/assessment", new Dictionary<string, string>
        {
            ["Claim"] = claims[0], ["Answer"] = "not-applicable", ["Justification"] = Hostile,
        }, "/orgs/org-a/assessment?handler=Claim");
        var page = await admin.GetPageAsync("/orgs/org-a/assessment");

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("justification", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(Hostile, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        var dashboard = await admin.GetPageAsync("/orgs/org-a/dashboard");
        Assert.Contains("<svg", dashboard, StringComparison.Ordinal);
        Assert.Contains("No product has a self-assessment yet", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_reads_the_assessment_but_cannot_edit_and_only_the_SRO_signs_off_on_the_page()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "auditor@a.test", "Auditor");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "engineer@a.test", "Engineer");
        var claims = await ClaimIdsAsync(admin, Api);

        var page = await auditor.GetPageAsync("/orgs/org-a/assessment");
        using var apiEdit = await PutJsonAsync(auditor, $"{Api}/claims/{claims[0]}", new { answer = "not-met", owner = "A", targetDate = "2027-03-01" });
        using var pageEdit = await auditor.PostFormAsync("/orgs/org-a/assessment", new Dictionary<string, string>
        {
            ["Claim"] = claims[0], ["Answer"] = "not-met", ["Owner"] = "A", ["TargetDate"] = "2027-03-01",
        }, "/orgs/org-a/assessment?handler=Claim");
        using var engineerEdit = await PutJsonAsync(engineer, $"{Api}/claims/{claims[0]}", new { answer = "not-met", owner = "A", targetDate = "2027-03-01" });
        using var engineerSignOff = await engineer.PostFormAsync("/orgs/org-a/assessment", new Dictionary<string, string> { ["Acknowledgement"] = "Yes" },
            "/orgs/org-a/assessment?handler=SignOff");
        using var engineerApiSignOff = await engineer.PostJsonAsync($"{Api}/sign-off", new { acknowledgement = "Yes" });

        Assert.DoesNotContain("?handler=Claim", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, apiEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pageEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, engineerEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, engineerSignOff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, engineerApiSignOff.StatusCode);
    }

    [Fact]
    public async Task Prefill_from_the_latest_bundle_shows_provenance_and_never_overwrites_a_human_answer()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Shop")).GetProperty("id").GetString();
        var api = $"/api/v1/orgs/org-a/products/{product}/assessment";
        using (var human = await PutJsonAsync(admin, $"{api}/claims/3.2.2", new { answer = "met", argument = "Our policy is published." }))
        {
            Assert.True(human.StatusCode == HttpStatusCode.OK, await human.Content.ReadAsStringAsync());
        }

        using (var uploaded = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/org-a/products/{product}/evidence", UriKind.Relative),
            new ByteArrayContent(Encoding.UTF8.GetBytes(FailedDisclosureBundle)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }))
        {
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }

        var preview = await GetJsonAsync(admin, $"{api}/prefill");
        var applied = Assert.Single(preview.GetProperty("applied").EnumerateArray());
        Assert.Equal("3.2.1", applied.GetProperty("claim").GetString());
        Assert.Equal("not-met", applied.GetProperty("answer").GetString());
        Assert.Contains(applied.GetProperty("provenance").EnumerateArray(), p => p.GetProperty("checkId").GetString() == "CA-VDP-001"
            && p.GetProperty("message").GetString()!.Contains("hear back", StringComparison.Ordinal));
        var conflict = Assert.Single(preview.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("met", conflict.GetProperty("existing").GetString());
        var page = await admin.GetPageAsync($"/orgs/org-a/assessment/{product}?prefill=true");
        Assert.Contains("CA-VDP-001", page, StringComparison.Ordinal);

        using var apply = await admin.Http.PostAsync(new Uri($"{api}/prefill", UriKind.Relative), null);
        Assert.True(apply.StatusCode == HttpStatusCode.OK, await apply.Content.ReadAsStringAsync());
        var current = await GetJsonAsync(admin, api);
        var byClaim = current.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("claim").GetString()!);
        Assert.Equal("not-met", byClaim["3.2.1"].GetProperty("answer").GetString());
        Assert.Equal("met", byClaim["3.2.2"].GetProperty("answer").GetString());
        Assert.Contains(current.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "automated");

        var dashboard = await admin.GetPageAsync("/orgs/org-a/dashboard");
        Assert.Contains("heatmap", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("No product has a self-assessment yet", dashboard, StringComparison.Ordinal);

        // A later human edit elsewhere is not blocked by the pre-filled gap that still lacks an owner.
        using var later = await PutJsonAsync(admin, $"{api}/claims/3.2.2", new { answer = "met", argument = "Published and tested." });
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    private const string FailedDisclosureBundle = """
        {
          "schemaVersion": "1.0",
          "tool": { "name": "CodeAssure", "version": "0.1.0" },
          "catalogVersion": "2025.05-1",
          "scannedAt": "2026-11-23T13:00:00+00:00",
          "subject": { "name": "shop", "commit": null },
          "role": "developer-distributor",
          "checks": [
            { "id": "CA-VDP-001", "title": "Vulnerability disclosure policy (SECURITY.md)", "principles": ["3.2"], "claims": ["3.2.1", "3.2.2"],
              "status": "failed", "note": null,
              "findings": [ { "checkId": "CA-VDP-001", "ruleId": "no-timeline", "level": "medium",
                "message": "SECURITY.md does not say when a reporter will hear back",
                "location": { "path": "SECURITY.md", "line": null, "column": null, "commit": null, "author": null }, "value": null, "fingerprint": "f1" } ],
              "facts": {} }
          ],
          "principles": [
            { "id": "3.2", "statement": "Implement and publish an effective vulnerability disclosure process.", "status": "not-met",
              "claims": [
                { "id": "3.2.1", "statement": "s", "status": "not-met", "checks": ["CA-VDP-001"], "reason": "problems found by CA-VDP-001" },
                { "id": "3.2.2", "statement": "s", "status": "not-met", "checks": ["CA-VDP-001"], "reason": "problems found by CA-VDP-001" } ] }
          ]
        }
        """;

    internal static async Task<List<string>> ClaimIdsAsync(BrowserClient client, string path)
    {
        var current = await GetJsonAsync(client, path);
        return [.. current.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim").GetString()!)];
    }

    internal static async Task<JsonElement> GetJsonAsync(BrowserClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await BrowserClient.ReadJsonAsync(response);
    }

    internal static Task<HttpResponseMessage> PutJsonAsync(BrowserClient client, string path, object body) =>
        client.Http.PutAsync(new Uri(path, UriKind.Relative), TenancyTests.JsonContent(body));

    private static async Task<HttpResponseMessage> UploadAsync(BrowserClient client, string path, string fileName, byte[] content, string? claim = null)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        if (claim is not null)
        {
            form.Add(new StringContent(claim), "claim");
        }

        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
