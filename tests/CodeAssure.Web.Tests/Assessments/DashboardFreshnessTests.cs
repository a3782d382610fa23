using System.Net;
using System.Text.RegularExpressions;
using CodeAssure.Web.Tests.Infrastructure;
using CodeAssure.Web.Tests.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Assessments;

/// <summary>
/// The dashboard is served from a per-organisation cache (Assessments/DashboardCache) that includes the support-lifecycle
/// gaps; every change to what the page shows must appear on the very next view, whoever makes it.
/// </summary>
public sealed partial class DashboardFreshnessTests
{
    private const string Dashboard = "/orgs/org-a/dashboard";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Support_policy_period_announcement_rename_and_the_passing_days_show_on_the_next_view(string provider)
    {
        var time = FakeTime.NearNow();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var product = await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");

        var first = await admin.GetPageAsync(Dashboard);
        Assert.Contains("Widget has no stated minimum support period", first, StringComparison.Ordinal);
        Assert.Contains("Widget has no recorded support period", first, StringComparison.Ordinal);
        Assert.Equal(WithoutTokens(first), WithoutTokens(await admin.GetPageAsync(Dashboard)));

        using (var policy = await Scenario.PutJsonAsync(admin, $"/api/v1/orgs/org-a/products/{product}/support/policy",
            new { minimumSupportMonths = 24, reason = "Customers deploy yearly." }))
        {
            await Scenario.ExpectJsonAsync(policy, HttpStatusCode.OK);
        }

        var withPolicy = await admin.GetPageAsync(Dashboard);
        Assert.DoesNotContain("Widget has no stated minimum support period", withPolicy, StringComparison.Ordinal);
        Assert.Contains("Widget has no recorded support period", withPolicy, StringComparison.Ordinal);

        var start = time.Today;
        using (var period = await Scenario.AddSupportPeriodAsync(admin, "org-a", product, "2.x", "full", start.AddDays(-10), start.AddDays(365)))
        {
            await Scenario.ExpectJsonAsync(period, HttpStatusCode.Created);
        }

        Assert.Contains("No gaps against principles 4.1 and 4.2.", await admin.GetPageAsync(Dashboard), StringComparison.Ordinal);

        // From the next day the end of support is 364 days away and nobody has been told: a gap with nothing stored.
        // The clock moves in steps shorter than half the session's lifetime, so the sliding sign-in cookie stays valid.
        while (time.Today == start)
        {
            time.Advance(TimeSpan.FromHours(3));
            var page = await admin.GetPageAsync(Dashboard);
            Assert.Equal(time.Today == start, page.Contains("No gaps against principles 4.1 and 4.2.", StringComparison.Ordinal));
        }

        Assert.Contains("support ends on", await admin.GetPageAsync(Dashboard), StringComparison.Ordinal);
        Assert.Contains("364 days away", await admin.GetPageAsync(Dashboard), StringComparison.Ordinal);

        // A change saved through the database context directly (as the CLI and background services do) shows too.
        await using (var db = server.OpenDatabase())
        {
            var stored = await db.SupportPeriods.SingleAsync();
            stored.EndAnnouncedAt = time.GetUtcNow();
            await db.SaveChangesAsync();
        }

        Assert.Contains("No gaps against principles 4.1 and 4.2.", await admin.GetPageAsync(Dashboard), StringComparison.Ordinal);

        using (var renamed = await Scenario.PutJsonAsync(admin, $"/api/v1/orgs/org-a/products/{product}", new { name = "Gizmo", description = "d" }))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        var afterRename = await admin.GetPageAsync(Dashboard);
        Assert.Contains("Self-assessment of Gizmo", afterRename, StringComparison.Ordinal);
        Assert.DoesNotContain("Self-assessment of Widget", afterRename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_in_another_organisation_leaves_this_one_correct()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.OrganisationWithProductAsync(admin, "org-a", "Widget");
        await Scenario.OrganisationWithProductAsync(admin, "org-b", "Secret");

        var before = await admin.GetPageAsync(Dashboard);
        await Scenario.CreateProductAsync(admin, "org-b", "Other secret");
        var after = await admin.GetPageAsync(Dashboard);

        Assert.Equal(WithoutTokens(before), WithoutTokens(after));
        Assert.DoesNotContain("Secret", after, StringComparison.Ordinal);
        Assert.Contains("Widget has no recorded support period", after, StringComparison.Ordinal);
    }

    // Each response carries a fresh antiforgery token (the sign-out form); everything else must be the same.
    private static string WithoutTokens(string page) => AntiforgeryToken().Replace(page, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryToken();
}
