using System.Net;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Sbom.Validation.JsonSchema;
using CodeAssure.TestSupport;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Lifecycle;

/// <summary>Support policy, periods, the 365-day notice rule (principle 4.2), notices and support.json, over real HTTP.</summary>
public sealed class SupportLifecycleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refuses_an_end_of_support_364_days_ahead_accepts_365_and_records_a_justified_override_as_a_4_2_gap(string provider)
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        var today = time.Today;

        using var short364 = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "1.x", "full", today.AddDays(-100), today.AddDays(364));
        var refused = await Scenario.ExpectJsonAsync(short364, HttpStatusCode.BadRequest);
        Assert.Contains("364 days away", refused.GetProperty("errors").GetProperty("endsOn")[0].GetString(), StringComparison.Ordinal);

        using var emptyJustification = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "1.x", "full", today.AddDays(-100), today.AddDays(364), "   ");
        await Scenario.ExpectJsonAsync(emptyJustification, HttpStatusCode.BadRequest);

        using var year = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "2.x", "full", today.AddDays(-10), today.AddDays(365));
        var accepted = await Scenario.ExpectJsonAsync(year, HttpStatusCode.Created);
        Assert.False(accepted.GetProperty("shortNotice").GetBoolean());

        using var overridden = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "1.x", "full", today.AddDays(-100), today.AddDays(364),
            "A critical dependency reaches end of life sooner.");
        var justified = await Scenario.ExpectJsonAsync(overridden, HttpStatusCode.Created);
        Assert.True(justified.GetProperty("shortNotice").GetBoolean());

        // Nothing refused was stored: one period per accepted request.
        await using (var db = server.OpenDatabase())
        {
            Assert.Equal(2, await db.SupportPeriods.CountAsync());
        }

        using var gapsResponse = await admin.GetAsync("/api/v1/orgs/org-a/support/gaps");
        var gaps = await Scenario.ExpectJsonAsync(gapsResponse, HttpStatusCode.OK);
        var shortNotice = gaps.EnumerateArray().Where(g => g.GetProperty("kind").GetString() == "short-notice").ToList();
        Assert.Single(shortNotice);
        Assert.Equal("4.2", shortNotice[0].GetProperty("principle").GetString());
        Assert.Contains("critical dependency", shortNotice[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(gaps.EnumerateArray(), g => g.GetProperty("kind").GetString() == "no-policy");

        var dashboard = await admin.GetPageAsync("/orgs/org-a/dashboard");
        Assert.Contains("4.2 gaps", dashboard, StringComparison.Ordinal);
        Assert.Contains("critical dependency", dashboard, StringComparison.Ordinal);
        var page = await admin.GetPageAsync("/orgs/org-a/support");
        Assert.Contains("critical dependency", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_change_is_not_an_end_of_support_and_an_unannounced_end_becomes_a_gap_as_time_passes()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        var today = time.Today;

        // Full support ends in 30 days, but security fixes carry on from the next day: no notice rule, no justification.
        using var later = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "3.x", "security-fixes-only", today.AddDays(31), today.AddDays(400));
        await Scenario.ExpectJsonAsync(later, HttpStatusCode.Created);
        using var full = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "3.x", "full", today.AddDays(-30), today.AddDays(30));
        await Scenario.ExpectJsonAsync(full, HttpStatusCode.Created);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var support = scope.ServiceProvider.GetRequiredService<SupportService>();
            var organisation = await scope.ServiceProvider.GetRequiredService<CodeAssure.Data.CodeAssureDbContext>().Organisations.SingleAsync(o => o.Slug == "org-a");
            Assert.DoesNotContain(await support.SupportGapsAsync(organisation.Id, default), g => g.Kind is "not-announced" or "short-notice");

            // 40 days on, the end of support is 360 days away and nobody has been told.
            time.Advance(TimeSpan.FromDays(40));
            var gap = Assert.Single(await support.SupportGapsAsync(organisation.Id, default), g => g.Kind == "not-announced");
            Assert.Contains("360 days away", gap.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publishing_a_notice_needs_the_SRO_records_the_announcement_queues_an_event_and_shows_its_delivery(string provider)
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer");
        using var added = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "2.x", "full", time.Today.AddDays(-10), time.Today.AddDays(400));
        var period = (await Scenario.ExpectJsonAsync(added, HttpStatusCode.Created)).GetProperty("id").GetString();
        var notices = $"/api/v1/orgs/org-a/products/{product}/support/notices";
        var notice = new { periodId = period, kind = "end-of-support", text = "Widget 2.x is supported until its end date.\nPlease plan your upgrade to 3.x." };

        using var byEngineer = await engineer.PostJsonAsync(notices, notice);
        Assert.Equal(HttpStatusCode.Forbidden, byEngineer.StatusCode);

        using var published = await admin.PostJsonAsync(notices, notice);
        var body = await Scenario.ExpectJsonAsync(published, HttpStatusCode.Created);
        var eventId = Guid.Parse(body.GetProperty("notificationEventId").GetString()!);

        await using (var db = server.OpenDatabase())
        {
            var queued = await db.NotificationEvents.SingleAsync(e => e.Id == eventId);
            Assert.Equal("support.notice", queued.Kind);
            Assert.Equal(Guid.Parse(product), queued.ProductId);
            Assert.Equal("/trust/org-a/support.json", queued.Link);
            var stored = await db.SupportPeriods.SingleAsync();
            Assert.Equal(time.GetUtcNow(), stored.EndAnnouncedAt);
            Assert.Equal(eventId, (await db.SupportNotices.SingleAsync()).NotificationEventId);

            // What the notifications dispatcher writes when it delivers: the notice shows the delivery as evidence.
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), EventId = eventId, OrganisationId = queued.OrganisationId, Channel = OutboxChannel.Email, Target = "customer@example.test",
                Subject = queued.Title, Body = queued.Summary, CreatedAt = time.GetUtcNow(), NextAttemptAt = time.GetUtcNow(), DeliveredAt = time.GetUtcNow(), Attempts = 1,
            });
            queued.FannedOutAt = time.GetUtcNow();
            await db.SaveChangesAsync();
        }

        using var support = await admin.GetAsync($"/api/v1/orgs/org-a/products/{product}/support");
        var listed = (await Scenario.ExpectJsonAsync(support, HttpStatusCode.OK)).GetProperty("notices")[0];
        Assert.Equal(1, listed.GetProperty("delivered").GetInt32());
        Assert.Equal(0, listed.GetProperty("pending").GetInt32());
        Assert.Contains("1 delivered", await admin.GetPageAsync("/orgs/org-a/support"), StringComparison.Ordinal);

        // The notice is evidence: its period cannot be deleted; moving the end date is a new announcement.
        var periodPath = $"/api/v1/orgs/org-a/products/{product}/support/periods/{period}";
        using var deleted = await admin.Http.DeleteAsync(new Uri(periodPath, UriKind.Relative));
        await Scenario.ExpectJsonAsync(deleted, HttpStatusCode.BadRequest);
        using var moved = await Scenario.PutJsonAsync(admin, periodPath,
            new { versions = "2.x", level = "full", startsOn = Scenario.Day(time.Today.AddDays(-10)), endsOn = Scenario.Day(time.Today.AddDays(500)) });
        var changed = await Scenario.ExpectJsonAsync(moved, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("endAnnouncedAt").ValueKind);
        using var engineerPage = await engineer.PostFormAsync("/orgs/org-a/support", new Dictionary<string, string>
        {
            ["ProductId"] = product, ["PeriodId"] = period!, ["Kind"] = "end-of-support", ["Text"] = "By page.",
        }, "/orgs/org-a/support?handler=PublishNotice");
        Assert.Equal(HttpStatusCode.Forbidden, engineerPage.StatusCode);
        await using (var after = server.OpenDatabase())
        {
            Assert.Equal(1, await after.SupportNotices.CountAsync());
        }

        // Deleting the product takes its policy, periods and notices with it (the audit log keeps the record).
        using var gone = await admin.Http.DeleteAsync(new Uri($"/api/v1/orgs/org-a/products/{product}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, gone.StatusCode);
        await using var end = server.OpenDatabase();
        Assert.Equal(0, await end.SupportPeriods.CountAsync() + await end.SupportNotices.CountAsync());
    }

    [Fact]
    public async Task A_short_notice_announcement_needs_a_justification_when_published()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        // A period recorded a while ago whose end, never announced, is now less than a year away.
        var period = Guid.NewGuid();
        await using (var db = server.OpenDatabase())
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == "org-a");
            db.SupportPeriods.Add(new SupportPeriod
            {
                Id = period, OrganisationId = organisation.Id, ProductId = Guid.Parse(product), Versions = "2.x", Level = SupportLevel.Full,
                StartsOn = time.Today.AddDays(-400), EndsOn = time.Today.AddDays(360), UpdatedAt = time.GetUtcNow().AddDays(-10),
            });
            await db.SaveChangesAsync();
        }

        var notices = $"/api/v1/orgs/org-a/products/{product}/support/notices";
        using var late = await admin.PostJsonAsync(notices, new { periodId = period, text = "Ends soon." });
        var refused = await Scenario.ExpectJsonAsync(late, HttpStatusCode.BadRequest);
        Assert.Contains("360 days away", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var justified = await admin.PostJsonAsync(notices, new { periodId = period, text = "Ends soon.", shortNoticeJustification = "Announcement delayed by the merger." });
        await Scenario.ExpectJsonAsync(justified, HttpStatusCode.Created);
        await using var check = server.OpenDatabase();
        var stored = await check.SupportPeriods.SingleAsync();
        Assert.Equal("Announcement delayed by the merger.", stored.ShortNoticeJustification);
        Assert.Equal(time.GetUtcNow(), stored.EndAnnouncedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Support_json_follows_the_support_lifecycle_schema_and_is_hidden_from_strangers_until_the_portal_is_public(string provider)
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        await Scenario.CreateProductAsync(admin, "org-a", "Gadget \"Pro\" <b>");
        using var policy = await Scenario.PutJsonAsync(admin, $"/api/v1/orgs/org-a/products/{product}/support/policy",
            new { minimumSupportMonths = 24, reason = "Customers deploy yearly and need one overlap cycle." });
        await Scenario.ExpectJsonAsync(policy, HttpStatusCode.OK);
        var today = time.Today;
        foreach (var (line, level, from, to) in new (string, string, DateOnly, DateOnly?)[]
        {
            ("1.x", "full", today.AddDays(-800), today.AddDays(-400)),
            ("1.x", "security-fixes-only", today.AddDays(-399), today.AddDays(-1)),
            ("2.x", "full", today.AddDays(-100), today.AddDays(500)),
            ("3.x", "full", today, null),
        })
        {
            using var added = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, line, level, from, to);
            await Scenario.ExpectJsonAsync(added, HttpStatusCode.Created);
        }

        using var stranger = server.NewClient();
        using var hidden = await stranger.GetAsync("/trust/org-a/support.json");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        using var response = await admin.GetAsync("/trust/org-a/support.json");
        var document = await Scenario.ExpectJsonAsync(response, HttpStatusCode.OK);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);

        var schemas = new JsonSchemaSet();
        schemas.Add("support-lifecycle.schema.json", await File.ReadAllTextAsync(Path.Combine(ConformanceData.RepositoryRoot, "docs", "support-lifecycle.schema.json")));
        var problems = schemas.Validate(document, "support-lifecycle.schema.json");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.ToString())));

        // Each product entry is itself a valid repository support-lifecycle.json.
        var widget = document.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("product").GetString() == "Widget");
        Assert.Empty(schemas.Validate(widget, "support-lifecycle.schema.json"));
        Assert.Equal(24, widget.GetProperty("minimumSupportMonths").GetInt32());
        var versions = widget.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("version").GetString()!);
        Assert.Equal(Scenario.Day(today.AddDays(-1)), versions["1.x"].GetProperty("endOfSupport").GetString());
        Assert.Equal("none", versions["1.x"].GetProperty("level").GetString());
        Assert.Equal(2, versions["1.x"].GetProperty("periods").GetArrayLength());
        Assert.Equal(Scenario.Day(today.AddDays(500)), versions["2.x"].GetProperty("endOfSupport").GetString());
        Assert.Equal(JsonValueKind.Null, versions["3.x"].GetProperty("endOfSupport").ValueKind);
        Assert.Equal("full", versions["3.x"].GetProperty("level").GetString());

        // A document that breaks the schema is caught by the same check.
        using var broken = JsonDocument.Parse("""{"products":[{"product":"x","versions":[{"version":"1","endOfSupport":"31/12/2026"}]}]}""");
        Assert.NotEmpty(schemas.Validate(broken.RootElement, "support-lifecycle.schema.json"));

        await using (var db = server.OpenDatabase())
        {
            (await db.Organisations.SingleAsync(o => o.Slug == "org-a")).PortalVisibility = PortalVisibility.Public;
            await db.SaveChangesAsync();
        }

        using var visible = await stranger.GetAsync("/trust/org-a/support.json");
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        using var missing = await stranger.GetAsync("/trust/no-such-org/support.json");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Rejects_bad_periods_and_policies_with_a_message_naming_the_field()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        var periods = $"/api/v1/orgs/org-a/products/{product}/support/periods";
        var today = Scenario.Day(time.Today);

        var cases = new (object Body, string Field)[]
        {
            (new { versions = "1.x", level = "full", startsOn = Scenario.Day(time.Today.AddDays(900)), endsOn = Scenario.Day(time.Today.AddDays(800)) }, "endsOn"),
            (new { versions = "1.x", level = "forever", startsOn = today }, "level"),
            (new { versions = "1.x", level = "full", startsOn = "2026-02-30" }, "startsOn"),
            (new { versions = "1.x", level = "full", startsOn = "yesterday" }, "startsOn"),
            (new { versions = "", level = "full", startsOn = today }, "versions"),
            (new { versions = new string('9', 101), level = "full", startsOn = today }, "versions"),
            (new { versions = "1.x\u0000", level = "full", startsOn = today }, "versions"),
        };
        foreach (var (body, field) in cases)
        {
            using var response = await admin.PostJsonAsync(periods, body);
            var problem = await Scenario.ExpectJsonAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        var policy = $"/api/v1/orgs/org-a/products/{product}/support/policy";
        using var zero = await Scenario.PutJsonAsync(admin, policy, new { minimumSupportMonths = 0, reason = "r" });
        await Scenario.ExpectJsonAsync(zero, HttpStatusCode.BadRequest);
        using var huge = await Scenario.PutJsonAsync(admin, policy, new { minimumSupportMonths = 12, reason = new string('x', SupportService.MaxReasonLength + 1) });
        await Scenario.ExpectJsonAsync(huge, HttpStatusCode.BadRequest);
        using var noReason = await Scenario.PutJsonAsync(admin, policy, new { minimumSupportMonths = 12 });
        await Scenario.ExpectJsonAsync(noReason, HttpStatusCode.BadRequest);

        // A script in a policy reason is shown as text, never run.
        using var script = await Scenario.PutJsonAsync(admin, policy, new { minimumSupportMonths = 12, reason = "<script>alert(1)</script>" });
        await Scenario.ExpectJsonAsync(script, HttpStatusCode.OK);
        var page = await admin.GetPageAsync("/orgs/org-a/support");
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);

        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.SupportPeriods.CountAsync());
    }

    [Fact]
    public async Task The_support_page_records_a_policy_and_refuses_a_short_notice_period_with_a_message()
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        const string Page = "/orgs/org-a/support";

        using var policy = await admin.PostFormAsync(Page, new Dictionary<string, string>
        {
            ["ProductId"] = product, ["MinimumSupportMonths"] = "36", ["Reason"] = "Matches our customers' procurement cycle.",
        }, Page + "?handler=Policy");
        Assert.Equal(HttpStatusCode.Redirect, policy.StatusCode);

        using var period = await admin.PostFormAsync(Page, new Dictionary<string, string>
        {
            ["ProductId"] = product, ["Versions"] = "4.x", ["Level"] = "full",
            ["StartsOn"] = Scenario.Day(time.Today), ["EndsOn"] = Scenario.Day(time.Today.AddDays(100)),
        }, Page + "?handler=AddPeriod");
        Assert.Equal(HttpStatusCode.OK, period.StatusCode);
        var html = await period.Content.ReadAsStringAsync();
        Assert.Contains("only 100 days away", html, StringComparison.Ordinal);

        var shown = await admin.GetPageAsync(Page);
        Assert.Contains("at least 36 months", shown, StringComparison.Ordinal);

        using var added = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "5.x", "full", time.Today, time.Today.AddDays(400));
        var periodId = (await Scenario.ExpectJsonAsync(added, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var change = new Dictionary<string, string>
        {
            ["ProductId"] = product, ["PeriodId"] = periodId, ["Versions"] = "5.x", ["Level"] = "full",
            ["StartsOn"] = Scenario.Day(time.Today), ["EndsOn"] = Scenario.Day(time.Today.AddDays(200)),
        };
        using var tooSoon = await admin.PostFormAsync(Page, change, Page + "?handler=UpdatePeriod");
        Assert.Contains("only 200 days away", await tooSoon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        change["ShortNoticeJustification"] = "Platform retired by the hosting provider.";
        using var justified = await admin.PostFormAsync(Page, change, Page + "?handler=UpdatePeriod");
        Assert.Equal(HttpStatusCode.Redirect, justified.StatusCode);
        await using var db = server.OpenDatabase();
        var stored = await db.SupportPeriods.SingleAsync();
        Assert.Equal(time.Today.AddDays(200), stored.EndsOn);
        Assert.Equal("Platform retired by the hosting provider.", stored.ShortNoticeJustification);
    }

    [Fact]
    public void Counts_days_of_notice_from_the_announcement_day_in_UTC()
    {
        var announced = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(-5)); // 2026-03-02 04:30 UTC
        Assert.Equal(365, EndOfSupportRule.DaysOfNotice(announced, new DateOnly(2027, 3, 2)));
        Assert.False(EndOfSupportRule.IsShortNotice(announced, new DateOnly(2027, 3, 2)));
        Assert.True(EndOfSupportRule.IsShortNotice(announced, new DateOnly(2027, 3, 1)));
    }
}
