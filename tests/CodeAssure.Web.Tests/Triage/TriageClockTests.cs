using System.Net;
using System.Net.Http.Json;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tenancy;
using CodeAssure.Web.Tests.Infrastructure;
using CodeAssure.Web.Triage;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Triage;

/// <summary>Date rules with a hand-set clock: SLA due dates, policy changes, and the overdue notice sent once.</summary>
public sealed class TriageClockTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Due_dates_follow_the_SLA_policy_and_a_policy_change_moves_only_open_findings()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;

        await using var db = server.OpenDatabase();
        var clock = new ManualClock(T0);
        var tenant = await TenantAsync(db);
        var service = new FindingService(db, clock);

        var critical = await service.CreateAsync(tenant, New(product, "CVE-2026-1", "critical"), CancellationToken.None);
        var high = await service.CreateAsync(tenant, New(product, "CVE-2026-2", "high"), CancellationToken.None);
        var medium = await service.CreateAsync(tenant, New(product, "CVE-2026-3", "medium"), CancellationToken.None);
        var low = await service.CreateAsync(tenant, New(product, "CVE-2026-4", "low"), CancellationToken.None);
        var none = await service.CreateAsync(tenant, New(product, "CVE-2026-5", "none"), CancellationToken.None);
        var unknown = await service.CreateAsync(tenant, New(product, "CVE-2026-6", null), CancellationToken.None);
        Assert.Equal(T0.AddDays(7), critical.DueAt);
        Assert.Equal(T0.AddDays(30), high.DueAt);
        Assert.Equal(T0.AddDays(90), medium.DueAt);
        Assert.Equal(T0.AddDays(180), low.DueAt);
        Assert.Equal(T0.AddDays(180), none.DueAt);
        Assert.Equal(T0.AddDays(90), unknown.DueAt);

        // A finding raised elsewhere without a due date gets one the first time the service sees it.
        var raised = new VulnerabilityFinding
        {
            Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = Guid.Parse(product), VulnerabilityId = "GHSA-aaaa-bbbb-cccc",
            Severity = FindingSeverity.High, Source = FindingSource.Osv, DetectedAt = T0.AddDays(-3), UpdatedAt = T0,
        };
        db.Findings.Add(raised);
        await db.SaveChangesAsync();
        var listed = await service.ListAsync(tenant, new FindingFilter(), CancellationToken.None);
        Assert.Equal(T0.AddDays(27), listed.Single(s => s.Finding.Id == raised.Id).Finding.DueAt);

        clock.Now = T0.AddDays(3);
        await service.ChangeAsync(tenant, high.Id, new FindingChange("fixed", FixedInVersion: "2.0.1"), CancellationToken.None);
        await service.UpdatePolicyAsync(tenant, new SlaDays(2, 10, 60, 120, 30), CancellationToken.None);

        await using var check = server.OpenDatabase();
        var due = await check.Findings.AsNoTracking().ToDictionaryAsync(f => f.VulnerabilityId, f => f.DueAt);
        Assert.Equal(T0.AddDays(2), due["CVE-2026-1"]);
        Assert.Equal(T0.AddDays(30), due["CVE-2026-2"]); // fixed: keeps the deadline it was measured against
        Assert.Equal(T0.AddDays(60), due["CVE-2026-3"]);
        Assert.Equal(T0.AddDays(120), due["CVE-2026-5"]);
        Assert.Equal(T0.AddDays(30), due["CVE-2026-6"]);
        Assert.Equal(T0.AddDays(7), due["GHSA-aaaa-bbbb-cccc"]);

        Assert.Throws<InvalidInputException>(() => new SlaDays(0, 10, 60, 120, 30));
        Assert.Throws<InvalidInputException>(() => SlaDays.Parse("7", "30", "90", "180", "3651"));
        Assert.Throws<InvalidInputException>(() => SlaDays.Parse("7", "30", "-1", "180", "90"));

        // Over HTTP: only the Owner changes the policy; a bad value is a 400 naming the field.
        using var byEngineer = await engineer.Http.PutAsJsonAsync(new Uri("/api/v1/orgs/org-a/findings/sla", UriKind.Relative), new { criticalDays = 1, highDays = 1, mediumDays = 1, lowDays = 1, unknownDays = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, byEngineer.StatusCode);
        using var bad = await admin.Http.PutAsJsonAsync(new Uri("/api/v1/orgs/org-a/findings/sla", UriKind.Relative), new { criticalDays = 0, highDays = 30, mediumDays = 90, lowDays = 180, unknownDays = 90 });
        await TriageWorkflowTests.AssertBadRequestAsync(bad, "criticalDays");
        using var missing = await admin.Http.PutAsJsonAsync(new Uri("/api/v1/orgs/org-a/findings/sla", UriKind.Relative), new { criticalDays = 7 });
        await TriageWorkflowTests.AssertBadRequestAsync(missing, "highDays");
        var policy = await BrowserClient.ReadJsonAsync(await admin.GetAsync("/api/v1/orgs/org-a/findings/sla"));
        Assert.Equal(2, policy.GetProperty("criticalDays").GetInt32());
        using var byForm = await admin.PostFormAsync("/orgs/org-a/findings/sla", new Dictionary<string, string>
        {
            ["CriticalDays"] = "5", ["HighDays"] = "30", ["MediumDays"] = "90", ["LowDays"] = "180", ["UnknownDays"] = "90",
        });
        Assert.Equal(HttpStatusCode.Redirect, byForm.StatusCode);
        Assert.Equal(5, (await BrowserClient.ReadJsonAsync(await admin.GetAsync("/api/v1/orgs/org-a/findings/sla"))).GetProperty("criticalDays").GetInt32());
    }

    [Fact]
    public async Task An_overdue_finding_is_notified_once_to_its_assignee_or_else_to_the_owners()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;

        await using var db = server.OpenDatabase();
        var clock = new ManualClock(T0);
        var tenant = await TenantAsync(db);
        var service = new FindingService(db, clock);
        var notifier = new OverdueNotifier(db, clock, new NotificationQueue(db, clock), service);
        var assigned = await service.CreateAsync(tenant, New(product, "CVE-2026-10", "critical") with { Assignee = "eng@a.test" }, CancellationToken.None);
        var unassigned = await service.CreateAsync(tenant, New(product, "CVE-2026-11", "high"), CancellationToken.None);
        var resolved = await service.CreateAsync(tenant, New(product, "CVE-2026-12", "critical"), CancellationToken.None);
        await service.ChangeAsync(tenant, resolved.Id, new FindingChange("not_affected", "component_not_present"), CancellationToken.None);

        clock.Now = T0.AddDays(7); // due exactly now: not yet overdue
        Assert.Equal(0, await notifier.NotifyAsync(CancellationToken.None));

        clock.Now = T0.AddDays(8);
        Assert.Equal(1, await notifier.NotifyAsync(CancellationToken.None));
        clock.Now = T0.AddDays(9);
        Assert.Equal(0, await notifier.NotifyAsync(CancellationToken.None));

        clock.Now = T0.AddDays(31);
        Assert.Equal(1, await notifier.NotifyAsync(CancellationToken.None));
        Assert.Equal(0, await notifier.NotifyAsync(CancellationToken.None));

        await using var check = server.OpenDatabase();
        var mail = await check.Outbox.AsNoTracking().ToListAsync();
        Assert.Equal(2, mail.Count);
        var toAssignee = Assert.Single(mail, m => m.Target == "eng@a.test");
        Assert.Contains("CVE-2026-10", toAssignee.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Overdue", toAssignee.Subject, StringComparison.Ordinal);
        Assert.Contains($"/orgs/org-a/findings/{assigned.Id}", toAssignee.Body, StringComparison.Ordinal);
        var toOwner = Assert.Single(mail, m => m.Target == Scenario.AdminEmail);
        Assert.Contains("CVE-2026-11", toOwner.Subject, StringComparison.Ordinal);
        Assert.Equal(OutboxChannel.Email, toOwner.Channel);
        var notices = await check.FindingOverdueNotices.AsNoTracking().Select(n => n.FindingId).ToListAsync();
        Assert.Equal(new[] { assigned.Id, unassigned.Id }.Order(), notices.Order());
    }

    private static NewFinding New(string product, string id, string? severity) => new(product, null, id, null, null, null, severity, null, null);

    private static async Task<TenantContext> TenantAsync(CodeAssureDbContext db) =>
        new(await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == "org-a"), OrganisationRole.Owner, IsApiToken: false);
}
