using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Triage;

/// <summary>The triage workflow over real HTTP: VEX status rules, assignment, comments, tenancy and bad input.</summary>
public sealed class TriageWorkflowTests
{
    private const string Api = "/api/v1/orgs/org-a/findings";
    private const string Critical = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Findings_move_through_the_VEX_states_by_the_rules_and_every_change_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var finding = await Scenario.CreateFindingAsync(admin, "org-a", product, "CVE-2024-3094", Critical, "GHSA-xxxx-yyyy-zzzz");
        var id = finding.GetProperty("id").GetString()!;

        Assert.Equal("under_investigation", finding.GetProperty("status").GetString());
        Assert.Equal("critical", finding.GetProperty("severity").GetString());
        Assert.Equal(9.8, finding.GetProperty("cvssScore").GetDouble());
        var detected = finding.GetProperty("detectedAt").GetDateTimeOffset();
        Assert.Equal(detected.AddDays(7), finding.GetProperty("dueAt").GetDateTimeOffset());

        await AssertRefusedAsync(admin, id, new { status = "not_affected" }, "justification");
        await AssertRefusedAsync(admin, id, new { status = "not_affected", justification = "it_is_fine" }, "justification");
        await AssertRefusedAsync(admin, id, new { status = "affected" }, "statusDetail");
        await AssertRefusedAsync(admin, id, new { status = "under_investigation" }, "status");
        await AssertRefusedAsync(admin, id, new { status = "exploitable" }, "status");
        await AssertRefusedAsync(admin, id, new { status = "affected", statusDetail = "Upgrade.", justification = "component_not_present" }, "justification");
        await AssertRefusedAsync(admin, id, new { }, "status");

        var notAffected = await PatchOkAsync(admin, id, new { status = "not_affected", justification = "vulnerable_code_not_in_execute_path", statusDetail = "The xz backdoor needs sshd." });
        Assert.Equal("not_affected", notAffected.GetProperty("status").GetString());
        Assert.Equal("vulnerable_code_not_in_execute_path", notAffected.GetProperty("justification").GetString());
        Assert.Equal(JsonValueKind.String, notAffected.GetProperty("resolvedAt").ValueKind);

        // Resolved states do not replace each other without reopening.
        await AssertRefusedAsync(admin, id, new { status = "fixed", fixedInVersion = "5.6.2" }, "status");

        var reopened = await PatchOkAsync(admin, id, new { status = "affected", statusDetail = "Upgrade xz to 5.6.2 or later." });
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("justification").ValueKind);

        var fixedOne = await PatchOkAsync(admin, id, new { status = "fixed", fixedInVersion = "5.6.2" });
        Assert.Equal("fixed", fixedOne.GetProperty("status").GetString());
        Assert.Equal("5.6.2", fixedOne.GetProperty("fixedInVersion").GetString());
        Assert.Equal(JsonValueKind.String, fixedOne.GetProperty("resolvedAt").ValueKind);

        await using var db = server.OpenDatabase();
        var audited = await db.AuditEntries.Where(a => a.EntityType == "VulnerabilityFinding" && a.EntityId == id).CountAsync();
        Assert.True(audited >= 4, $"expected the creation and three changes in the audit log, found {audited}");
    }

    [Fact]
    public async Task Assignee_must_be_a_member_with_the_Engineer_role_or_higher()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "auditor@a.test", "Auditor");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "org-b", "eng@b.test", "Engineer");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var id = (await Scenario.CreateFindingAsync(admin, "org-a", product, "CVE-2024-1")).GetProperty("id").GetString()!;

        await AssertRefusedAsync(admin, id, new { assignee = "eng@b.test" }, "assignee");
        await AssertRefusedAsync(admin, id, new { assignee = "auditor@a.test" }, "assignee");
        await AssertRefusedAsync(admin, id, new { assignee = "nobody@nowhere.test" }, "assignee");
        var assigned = await PatchOkAsync(admin, id, new { assignee = "ENG@a.test" });
        Assert.Equal("eng@a.test", assigned.GetProperty("assignee").GetString());

        using var mine = await engineer.GetAsync(Api + "?assignee=eng@a.test");
        Assert.Single((await BrowserClient.ReadJsonAsync(mine)).EnumerateArray());
        using var nobodys = await engineer.GetAsync(Api + "?assignee=none");
        Assert.Empty((await BrowserClient.ReadJsonAsync(nobodys)).EnumerateArray());

        using var byAuditor = await Scenario.PatchFindingAsync(auditor, "org-a", id, new { status = "fixed" });
        Assert.Equal(HttpStatusCode.Forbidden, byAuditor.StatusCode);
        using var unassigned = await Scenario.PatchFindingAsync(engineer, "org-a", id, new { assignee = "" });
        Assert.Equal(JsonValueKind.Null, (await BrowserClient.ReadJsonAsync(unassigned)).GetProperty("assignee").ValueKind);
    }

    [Fact]
    public async Task Another_organisations_finding_is_not_found_through_the_API_or_the_pages()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "org-b", "owner@b.test", "Engineer");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var id = (await Scenario.CreateFindingAsync(admin, "org-a", product, "CVE-2024-2")).GetProperty("id").GetString()!;

        foreach (var path in new[] { $"{Api}/{id}", Api, $"{Api}/{id}/comments", $"{Api}/metrics", "/orgs/org-a/findings", $"/orgs/org-a/findings/{id}" })
        {
            using var response = await outsider.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        // Through their own organisation's routes the id matches nothing either.
        using var viaOwn = await outsider.GetAsync($"/api/v1/orgs/org-b/findings/{id}");
        using var patched = await Scenario.PatchFindingAsync(outsider, "org-b", id, new { status = "fixed" });
        using var commented = await outsider.PostJsonAsync($"/api/v1/orgs/org-b/findings/{id}/comments", new { text = "hi" });
        using var page = await outsider.GetAsync($"/orgs/org-b/findings/{id}");
        Assert.Equal(HttpStatusCode.NotFound, viaOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patched.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, commented.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Hostile_comments_are_shown_encoded_and_oversized_or_malformed_input_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var id = (await Scenario.CreateFindingAsync(admin, "org-a", product, "CVE-2024-3")).GetProperty("id").GetString()!;
        var page = $"/orgs/org-a/findings/{id}";

        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\nsecond line";
        using var posted = await admin.PostFormAsync(page, new Dictionary<string, string> { ["Text"] = hostile }, page + "?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var html = await admin.GetPageAsync(page);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var comments = await BrowserClient.ReadJsonAsync(await admin.GetAsync($"{Api}/{id}/comments"));
        Assert.Equal(hostile, Assert.Single(comments.EnumerateArray()).GetProperty("text").GetString());

        await AssertBadRequestAsync(await admin.PostJsonAsync($"{Api}/{id}/comments", new { text = new string('a', 4001) }), "text");
        await AssertBadRequestAsync(await admin.PostJsonAsync($"{Api}/{id}/comments", new { text = "bell\u0007" }), "text");
        await AssertBadRequestAsync(await admin.PostJsonAsync($"{Api}/{id}/comments", new { text = "   " }), "text");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = new string('C', 101) }), "vulnerabilityId");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = "CVE 1" }), "vulnerabilityId");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = Guid.NewGuid(), vulnerabilityId = "CVE-2024-4" }), "productId");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = "CVE-2024-4", cvssVector = "CVSS:3.1/AV:X" }), "cvssVector");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = "CVE-2024-4", cvssVector = Critical, severity = "low" }), "severity");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = "CVE-2024-4", packageUrl = "npm/lodash" }), "packageUrl");
        await AssertBadRequestAsync(await admin.PostJsonAsync(Api, new { productId = product, vulnerabilityId = "CVE-2024-3" }), "vulnerabilityId");
        await AssertBadRequestAsync(await admin.GetAsync(Api + "?severity=catastrophic"), "severity");
        await AssertBadRequestAsync(await admin.GetAsync(Api + "?product=not-a-guid"), "product");
        await AssertBadRequestAsync(await admin.GetAsync(Api + "/metrics?windowDays=0"), "windowDays");
        await AssertRefusedAsync(admin, id, new { status = "affected", statusDetail = new string('x', 4001) }, "statusDetail");

        using var listPage = await admin.GetAsync("/orgs/org-a/findings?severity=catastrophic");
        Assert.Equal(HttpStatusCode.OK, listPage.StatusCode);
        Assert.Contains("Unknown severity", await listPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_list_filter_create_and_highlight_findings_without_JavaScript()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;

        using var created = await admin.PostFormAsync("/orgs/org-a/findings/new", new Dictionary<string, string>
        {
            ["ProductId"] = product, ["VulnerabilityId"] = "CVE-2023-44487", ["Severity"] = "high", ["Assignee"] = "none",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailPath = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/orgs/org-a/findings/", detailPath, StringComparison.Ordinal);

        // An old finding raised elsewhere, without a due date: the service gives it one, and it is overdue at once.
        await using (var db = server.OpenDatabase())
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == "org-a");
            db.Findings.Add(new CodeAssure.Data.Entities.VulnerabilityFinding
            {
                Id = Guid.NewGuid(), OrganisationId = organisation.Id, ProductId = Guid.Parse(product), VulnerabilityId = "CVE-2021-44228",
                Severity = CodeAssure.Data.Entities.FindingSeverity.Critical, Source = CodeAssure.Data.Entities.FindingSource.Osv,
                DetectedAt = DateTimeOffset.UtcNow.AddDays(-30), UpdatedAt = DateTimeOffset.UtcNow.AddDays(-30),
            });
            await db.SaveChangesAsync();
        }

        var list = await admin.GetPageAsync("/orgs/org-a/findings");
        Assert.Contains("CVE-2023-44487", list, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"overdue\">", list, StringComparison.Ordinal);
        Assert.Contains(">Overdue<", list, StringComparison.Ordinal);

        var overdueOnly = await admin.GetPageAsync("/orgs/org-a/findings?overdue=true");
        Assert.Contains("CVE-2021-44228", overdueOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("CVE-2023-44487", overdueOnly, StringComparison.Ordinal);

        using var moved = await admin.PostFormAsync(detailPath, new Dictionary<string, string>
        {
            ["Status"] = "not_affected", ["Justification"] = "component_not_present",
        }, detailPath + "?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        using var missing = await admin.PostFormAsync(detailPath, new Dictionary<string, string> { ["Status"] = "affected" }, detailPath + "?handler=Status");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("action statement", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var notAffected = await admin.GetPageAsync("/orgs/org-a/findings?status=not_affected");
        Assert.Contains("CVE-2023-44487", notAffected, StringComparison.Ordinal);
        Assert.DoesNotContain("CVE-2021-44228", notAffected, StringComparison.Ordinal);

        var metrics = await admin.GetPageAsync("/orgs/org-a/findings/metrics");
        Assert.Contains("<svg", metrics, StringComparison.Ordinal);
        Assert.Contains("1 open, of which 1", metrics, StringComparison.Ordinal);
        var api = await BrowserClient.ReadJsonAsync(await admin.GetAsync(Api + "/metrics"));
        Assert.Equal(1, api.GetProperty("overdueTotal").GetInt32());
        Assert.Equal(1, api.GetProperty("remediationOverall").GetProperty("resolved").GetInt32());
    }

    internal static async Task<JsonElement> PatchOkAsync(BrowserClient client, string id, object body)
    {
        using var response = await Scenario.PatchFindingAsync(client, "org-a", id, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await BrowserClient.ReadJsonAsync(response);
    }

    internal static async Task AssertRefusedAsync(BrowserClient client, string id, object body, string field) =>
        await AssertBadRequestAsync(await Scenario.PatchFindingAsync(client, "org-a", id, body), field);

    internal static async Task AssertBadRequestAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {text}");
        }
    }
}
