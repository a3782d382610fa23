using System.Net;
using System.Text.Json;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Lifecycle;

/// <summary>The incident register (principle 4.3): recording, timeline, customer notices, tenancy and bad input.</summary>
public sealed class IncidentTests
{
    private const string Api = "/api/v1/orgs/org-a/incidents";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Status_changes_add_timeline_entries_and_the_drafted_notice_is_published_to_customers(string provider)
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        var detected = time.GetUtcNow().AddHours(-2);

        using var created = await admin.PostJsonAsync(Api, new
        {
            title = "Build server credentials exposed",
            severity = "high",
            startedAt = detected.AddHours(-5).ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture),
            detectedAt = detected.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            affectedProductIds = new[] { product },
            affectedCustomers = "all customers on 2.x",
        });
        var incident = await Scenario.ExpectJsonAsync(created, HttpStatusCode.Created);
        var id = incident.GetProperty("id").GetString();
        Assert.Equal($"INC-{detected.Year}-001", incident.GetProperty("reference").GetString());
        Assert.Equal("investigating", incident.GetProperty("status").GetString());
        Assert.Single(incident.GetProperty("timeline").EnumerateArray());

        using var contained = await Scenario.PatchJsonAsync(admin, $"{Api}/{id}", new { status = "contained" });
        await Scenario.ExpectJsonAsync(contained, HttpStatusCode.OK);
        using var note = await admin.PostJsonAsync($"{Api}/{id}/timeline", new { text = "Rotated every credential on the build server." });
        await Scenario.ExpectJsonAsync(note, HttpStatusCode.Created);
        using var resolved = await Scenario.PatchJsonAsync(admin, $"{Api}/{id}", new { status = "resolved" });
        var after = await Scenario.ExpectJsonAsync(resolved, HttpStatusCode.OK);

        var timeline = after.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("text").GetString()).ToList();
        Assert.Contains("Status changed from investigating to contained.", timeline);
        Assert.Contains("Status changed from contained to resolved.", timeline);
        Assert.Contains("Rotated every credential on the build server.", timeline);
        Assert.Equal(time.GetUtcNow(), after.GetProperty("resolvedAt").GetDateTimeOffset());
        Assert.Equal(Scenario.AdminEmail, after.GetProperty("timeline")[1].GetProperty("author").GetString());

        using var draftResponse = await admin.GetAsync($"{Api}/{id}/notice-draft");
        var draft = (await Scenario.ExpectJsonAsync(draftResponse, HttpStatusCode.OK)).GetProperty("summary").GetString()!;
        Assert.Contains("Build server credentials exposed", draft, StringComparison.Ordinal);
        Assert.Contains("Widget", draft, StringComparison.Ordinal);
        Assert.Contains("resolved", draft, StringComparison.Ordinal);
        Assert.Contains("What you should do", draft, StringComparison.Ordinal);

        using var published = await admin.PostJsonAsync($"{Api}/{id}/notice", new { summary = draft.Replace("[say what customers should do, e.g. update to a fixed version, rotate credentials, or that no action is needed]", "no action is needed", StringComparison.Ordinal) });
        var publishedIncident = await Scenario.ExpectJsonAsync(published, HttpStatusCode.OK);
        Assert.True(publishedIncident.GetProperty("published").GetBoolean());

        await using var db = server.OpenDatabase();
        var queued = await db.NotificationEvents.SingleAsync();
        Assert.Equal("incident.notice", queued.Kind);
        Assert.Equal(Guid.Parse(product), queued.ProductId);
        Assert.Contains("no action is needed", queued.Summary, StringComparison.Ordinal);
        Assert.Equal(5, await db.IncidentTimeline.CountAsync());

        var page = await admin.GetPageAsync($"/orgs/org-a/incidents/{id}");
        Assert.Contains("Customer notice published and sent.", page, StringComparison.Ordinal);
        Assert.Contains($"INC-{detected.Year}-001", await admin.GetPageAsync("/orgs/org-a/incidents"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_record_an_incident_and_show_hostile_text_as_text()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");

        using var posted = await admin.PostFormAsync("/orgs/org-a/incidents/new", new Dictionary<string, string>
        {
            ["Title"] = "<script>alert('x')</script>", ["Severity"] = "low", ["AffectedProductIds"] = product,
            ["Description"] = "Line one\nLine two",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        var page = await admin.GetPageAsync(location);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);

        using var timeline = await admin.PostFormAsync(location, new Dictionary<string, string> { ["EntryText"] = "Customer reported it." }, location + "?handler=Timeline");
        Assert.Equal(HttpStatusCode.Redirect, timeline.StatusCode);
        using var status = await admin.PostFormAsync(location, new Dictionary<string, string>
        {
            ["Title"] = "Renamed", ["Status"] = "contained", ["Severity"] = "low", ["AffectedProductIds"] = product,
        }, location + "?handler=Update");
        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        var after = await admin.GetPageAsync(location);
        Assert.Contains("Customer reported it.", after, StringComparison.Ordinal);
        Assert.Contains("Status changed from investigating to contained.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_incidents_and_support_answer_404()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        using var created = await admin.PostJsonAsync(Api, new { title = "Outage" });
        var id = (await Scenario.ExpectJsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetString();
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "a@a.test", "Auditor");
        using var write = await auditor.PostJsonAsync(Api, new { title = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);

        // A member of org-b only: org-a's register, support and rows are not there for them, even through org-b's routes.
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var stranger = await Scenario.AddMemberAndSignInAsync(server, admin, "org-b", "b@b.test", "Engineer");
        foreach (var path in new[]
        {
            Api, $"{Api}/{id}", $"/api/v1/orgs/org-a/products/{product}/support", "/api/v1/orgs/org-a/support/gaps",
            $"/api/v1/orgs/org-b/incidents/{id}", $"/api/v1/orgs/org-b/products/{product}/support",
            "/orgs/org-a/incidents", $"/orgs/org-a/incidents/{id}", "/orgs/org-a/support", $"/orgs/org-b/incidents/{id}",
        })
        {
            using var response = await stranger.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        using var anonymous = server.NewClient();
        using var unauthenticated = await anonymous.GetAsync(Api);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);

        using var patched = await Scenario.PatchJsonAsync(stranger, $"/api/v1/orgs/org-b/incidents/{id}", new { status = "resolved" });
        Assert.Equal(HttpStatusCode.NotFound, patched.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(CodeAssure.Data.Entities.IncidentStatus.Investigating, (await db.Incidents.SingleAsync()).Status);
    }

    [Fact]
    public async Task Rejects_bad_incidents_with_a_message_naming_the_field()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        var now = time.GetUtcNow();
        string At(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var cases = new (object Body, string Field)[]
        {
            (new { title = "" }, "title"),
            (new { title = new string('x', 501) }, "title"),
            (new { title = "x", severity = "apocalyptic" }, "severity"),
            (new { title = "x", status = "forgotten" }, "status"),
            (new { title = "x", startedAt = At(now.AddHours(-1)), detectedAt = At(now.AddHours(-2)) }, "detectedAt"),
            (new { title = "x", detectedAt = At(now.AddDays(2)) }, "detectedAt"),
            (new { title = "x", detectedAt = "last tuesday" }, "detectedAt"),
            (new { title = "x", affectedProductIds = new[] { Guid.NewGuid().ToString() } }, "affectedProductIds"),
            (new { title = "x", affectedProductIds = new[] { "not-a-guid" } }, "affectedProductIds"),
            (new { title = "x", description = new string('d', 20001) }, "description"),
            (new { title = "x", description = "bell\u0007" }, "description"),
        };
        foreach (var (body, field) in cases)
        {
            using var response = await admin.PostJsonAsync(Api, body);
            var problem = await Scenario.ExpectJsonAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        using var truncated = await admin.Http.PostAsync(new Uri(Api, UriKind.Relative), new StringContent("{\"title\": \"x", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);

        using var created = await admin.PostJsonAsync(Api, new { title = "ok" });
        var id = (await Scenario.ExpectJsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetString();
        using var emptyEntry = await admin.PostJsonAsync($"{Api}/{id}/timeline", new { text = " " });
        await Scenario.ExpectJsonAsync(emptyEntry, HttpStatusCode.BadRequest);
        using var futureEntry = await admin.PostJsonAsync($"{Api}/{id}/timeline", new { text = "later", at = At(now.AddDays(1)) });
        await Scenario.ExpectJsonAsync(futureEntry, HttpStatusCode.BadRequest);
        using var hugeNotice = await admin.PostJsonAsync($"{Api}/{id}/notice", new { summary = new string('n', 10001) });
        await Scenario.ExpectJsonAsync(hugeNotice, HttpStatusCode.BadRequest);

        await using var db = server.OpenDatabase();
        Assert.Equal(1, await db.Incidents.CountAsync());
        Assert.False((await db.Incidents.SingleAsync()).Published);
        Assert.Equal(0, await db.NotificationEvents.CountAsync());
    }
}
