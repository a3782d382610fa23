using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class EmailNotificationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Email_subscriber_is_notified_only_after_confirming_and_can_unsubscribe_without_signing_in(string provider)
    {
        await using var smtp = new SmtpReceiver();
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTime(Start);
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings(smtp));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SetPortalVisibilityAsync(server, "acme", PortalVisibility.Public);

        using var visitor = server.NewClient();
        var page = await Scenario.SubscribeAsync(visitor, "acme", "email", "customer@example.test");
        Assert.Contains("Check your inbox", page, StringComparison.Ordinal);

        // Unconfirmed: the event reaches nobody; only the confirmation email goes out.
        await Scenario.PublishAsync(server, "acme", null, "advisory.published", "Before confirmation");
        await server.DispatchAsync();
        var confirmation = Assert.Single(smtp.To("customer@example.test"));
        Assert.Contains("Confirm", confirmation.Subject, StringComparison.Ordinal);

        var confirmPath = Scenario.LinkPath(confirmation.TextBody!, "/trust/acme/confirm");
        using (var confirmed = await visitor.PostFormAsync(confirmPath, new Dictionary<string, string>()))
        {
            Assert.Contains("id=\"confirmed\"", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Scenario.PublishAsync(server, "acme", null, "advisory.published", "ACME-2026-0001: heap overflow", "Upgrade to 2.1.", "/trust/acme/advisories/acme-2026-0001");
        await server.DispatchAsync();
        var notices = smtp.To("customer@example.test").Where(m => m.Subject!.Contains("ACME-2026-0001", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices);
        Assert.DoesNotContain(smtp.Messages, m => m.Subject!.Contains("Before confirmation", StringComparison.Ordinal));
        Assert.Contains("Upgrade to 2.1.", notice.TextBody!, StringComparison.Ordinal);
        Assert.Contains("/trust/acme/advisories/acme-2026-0001", notice.TextBody!, StringComparison.Ordinal);
        Assert.Contains("/trust/acme/unsubscribe?token=", notice.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);

        // The unsubscribe link works for a visitor with no cookies at all.
        using var stranger = server.NewClient();
        var unsubscribePath = Scenario.LinkPath(notice.TextBody!, "/trust/acme/unsubscribe");
        using (var unsubscribed = await stranger.PostFormAsync(unsubscribePath, new Dictionary<string, string>()))
        {
            Assert.Contains("id=\"unsubscribed\"", await unsubscribed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var before = smtp.Messages.Count;
        await Scenario.PublishAsync(server, "acme", null, "support.notice", "After unsubscribing");
        await server.DispatchAsync();
        Assert.Equal(before, smtp.Messages.Count);
        await using var db = server.OpenDatabase();
        Assert.Empty(await db.Subscriptions.ToListAsync());
    }

    [Fact]
    public async Task A_forged_or_expired_confirmation_link_confirms_nothing()
    {
        await using var smtp = new SmtpReceiver();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var time = new ManualTime(Start);
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings(smtp));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SetPortalVisibilityAsync(server, "acme", PortalVisibility.Public);
        using var visitor = server.NewClient();
        await Scenario.SubscribeAsync(visitor, "acme", "email", "late@example.test");
        await server.DispatchAsync();
        var confirmPath = Scenario.LinkPath(Assert.Single(smtp.To("late@example.test")).TextBody!, "/trust/acme/confirm");

        using (var forged = await visitor.PostFormAsync("/trust/acme/confirm?token=not-a-token", new Dictionary<string, string>()))
        {
            Assert.Contains("not valid or has expired", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Scenario.CreateOrganisationAsync(admin, "other");
        time.Advance(TimeSpan.FromDays(8));
        using (var expired = await visitor.PostFormAsync(confirmPath, new Dictionary<string, string>()))
        {
            Assert.Contains("not valid or has expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A token for one organisation does not work under another's address.
        using (var elsewhere = await visitor.PostFormAsync(confirmPath.Replace("/trust/acme/", "/trust/other/", StringComparison.Ordinal), new Dictionary<string, string>()))
        {
            Assert.Contains("not valid or has expired", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var db = server.OpenDatabase();
        Assert.Null((await db.Subscriptions.SingleAsync()).ConfirmedAt);
    }

    [Fact]
    public async Task Email_waits_in_the_outbox_while_no_SMTP_server_is_configured_and_goes_once_one_is()
    {
        await using var smtp = new SmtpReceiver();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var time = new ManualTime(Start);
        await using (var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings()))
        {
            using var admin = await Scenario.SetUpAdministratorAsync(server);
            await Scenario.CreateOrganisationAsync(admin, "acme");
            await Scenario.SetPortalVisibilityAsync(server, "acme", PortalVisibility.Public);
            using var visitor = server.NewClient();
            await Scenario.SubscribeAsync(visitor, "acme", "email", "waiting@example.test");
            var summary = await server.DispatchAsync();
            Assert.Equal(0, summary.Delivered + summary.Failed);
        }

        await using var restarted = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings(smtp));
        await restarted.DispatchAsync();
        Assert.Single(smtp.To("waiting@example.test"));
    }

    [Theory]
    [InlineData("not-an-address", "single address")]
    [InlineData("Name <a@example.test>", "single address")]
    [InlineData("a@example.test, b@example.test", "single address")]
    [InlineData("", "is required")]
    public async Task Rejects_a_malformed_email_address_with_a_message(string target, string message)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, new ManualTime(Start), Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        var page = await Scenario.SubscribeAsync(admin, "acme", "email", target);
        Assert.Contains(message, page, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Empty(await db.Subscriptions.ToListAsync());
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_subscribe_to_a_private_portal()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, new ManualTime(Start), Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SetPortalVisibilityAsync(server, "acme", PortalVisibility.CustomersOnly);
        using var visitor = server.NewClient();
        using var response = await visitor.GetAsync("/trust/acme/subscribe");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
