using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class WebhookNotificationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_webhook_receives_the_event_signed_with_its_secret(string provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTime(Start);
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        var product = await Scenario.CreateProductAsync(admin, "acme", "Widget");
        var productId = product.GetProperty("id").GetGuid();
        using var customer = await Scenario.AddMemberAndSignInAsync(server, admin, "acme", "buyer@council.test", "Customer");

        var page = await Scenario.SubscribeAsync(customer, "acme", "webhook", receiver.Url.AbsoluteUri, productId.ToString());
        var secret = Scenario.WebhookSecret(page);
        Assert.StartsWith("cawh_", secret, StringComparison.Ordinal);

        var eventId = await Scenario.PublishAsync(server, "acme", productId, "advisory.published", "Widget advisory", "Upgrade now.", "/trust/acme/advisories/acme-2026-0002");
        await Scenario.PublishAsync(server, "acme", Guid.NewGuid(), "advisory.published", "Another product's advisory");
        var summary = await server.DispatchAsync();
        Assert.Equal(1, summary.Delivered);

        var delivery = Assert.Single(receiver.Received);
        Assert.Equal("advisory.published", delivery.Headers["X-CodeAssure-Event"]);
        var timestamp = delivery.Headers["X-CodeAssure-Timestamp"];
        Assert.Equal(Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        // What a receiver does: recompute the HMAC over "timestamp.body" and compare in constant time.
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + delivery.Body)));
        Assert.True(CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(delivery.Headers["X-CodeAssure-Signature"])));

        using var body = JsonDocument.Parse(delivery.Body);
        Assert.Equal(eventId, body.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("acme", body.RootElement.GetProperty("organisation").GetString());
        Assert.Equal("high", body.RootElement.GetProperty("data").GetProperty("severity").GetString());
        Assert.EndsWith("/trust/acme/advisories/acme-2026-0002", body.RootElement.GetProperty("link").GetString(), StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        var message = await db.Outbox.SingleAsync(m => m.Channel == OutboxChannel.Webhook);
        Assert.Equal(message.Id.ToString("D"), delivery.Headers["X-CodeAssure-Delivery"]);
        Assert.NotNull(message.DeliveredAt);
        // The secret is stored protected, never in clear.
        Assert.DoesNotContain(secret, (await db.Subscriptions.SingleAsync()).ProtectedSecret ?? "", StringComparison.Ordinal);
        // Subscribing is audited, without the (protected) secret.
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(Subscription)).ToListAsync();
        var created = Assert.Single(audit);
        Assert.DoesNotContain("ProtectedSecret", created.After ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_webhook_is_retried_with_back_off_and_logged_then_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var time = new ManualTime(Start);
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri);
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Incident");

        receiver.Status = 500;
        Assert.Equal(1, (await server.DispatchAsync()).Failed);
        var first = await MessageAsync(server);
        Assert.Equal(1, first.Attempts);
        Assert.Contains("500", first.LastError, StringComparison.Ordinal);
        Assert.InRange(first.NextAttemptAt - Start, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.1));

        // Not due yet: nothing is attempted.
        time.Advance(TimeSpan.FromSeconds(30));
        var early = await server.DispatchAsync();
        Assert.Equal(0, early.Delivered + early.Failed);

        // Second attempt times out (the receiver answers after the 2 s timeout); the delay grows to 5 minutes.
        receiver.Delay = TimeSpan.FromSeconds(10);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await server.DispatchAsync()).Failed);
        var second = await MessageAsync(server);
        Assert.Equal(2, second.Attempts);
        Assert.Contains("timed out", second.LastError, StringComparison.Ordinal);
        Assert.InRange(second.NextAttemptAt - time.GetUtcNow(), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5.5));

        receiver.Delay = TimeSpan.Zero;
        receiver.Status = 204;
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, (await server.DispatchAsync()).Delivered);
        var delivered = await MessageAsync(server);
        Assert.NotNull(delivered.DeliveredAt);
        Assert.Null(delivered.FailedAt);

        await using var db = server.OpenDatabase();
        var attempts = (await db.DeliveryAttempts.Where(a => a.OutboxMessageId == delivered.Id).ToListAsync()).OrderBy(a => a.At).ToList();
        Assert.Equal([false, false, true], attempts.Select(a => a.Succeeded));
        Assert.Equal(500, attempts[0].StatusCode);
        Assert.Equal(204, attempts[2].StatusCode);

        // The Owner sees it all in the delivery log.
        var log = await admin.GetPageAsync("/orgs/acme/notifications");
        Assert.Contains("timed out", log, StringComparison.Ordinal);
        Assert.Contains("delivered", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_are_not_followed_and_count_as_a_failed_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, new ManualTime(Start), Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri);
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Incident");
        receiver.Status = 307;
        receiver.Location = receiver.Url; // followed, it would arrive twice

        Assert.Equal(1, (await server.DispatchAsync()).Failed);
        Assert.Single(receiver.Received);
        var message = await MessageAsync(server);
        Assert.Contains("redirects are not followed", message.LastError, StringComparison.Ordinal);
        Assert.Null(message.DeliveredAt);
    }

    [Fact]
    public async Task Unreachable_webhook_is_given_up_after_the_attempt_limit_and_can_be_retried_by_the_owner()
    {
        var port = FreePort();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var time = new ManualTime(Start);
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings(maxAttempts: 3));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SubscribeAsync(admin, "acme", "webhook", $"http://127.0.0.1:{port}/hook");
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Incident");

        for (var i = 0; i < 5; i++)
        {
            await server.DispatchAsync();
            time.Advance(TimeSpan.FromMinutes(6)); // past each back-off (1 min, then 5 min, plus jitter)
        }

        var message = await MessageAsync(server);
        Assert.Equal(3, message.Attempts);
        Assert.NotNull(message.FailedAt);
        Assert.Null(message.DeliveredAt);
        Assert.False(string.IsNullOrEmpty(message.LastError));

        // Never lost: the Owner puts it back in the queue from the delivery log, and it goes once the target is up.
        var log = await admin.GetPageAsync("/orgs/acme/notifications");
        Assert.Contains("failed", log, StringComparison.Ordinal);
        using var retried = await admin.PostFormAsync("/orgs/acme/notifications", new Dictionary<string, string>(), $"/orgs/acme/notifications?handler=Retry&messageId={message.Id}");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var queued = await MessageAsync(server);
        Assert.Null(queued.FailedAt);
        Assert.Equal(0, queued.Attempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Undelivered_messages_survive_a_server_restart(string provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTime(Start);
        await using (var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings()))
        {
            using var admin = await Scenario.SetUpAdministratorAsync(server);
            await Scenario.CreateOrganisationAsync(admin, "acme");
            await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri);
            await Scenario.PublishAsync(server, "acme", null, "support.notice", "Fanned out, not delivered");
            receiver.Status = 503;
            await server.DispatchAsync();
            await Scenario.PublishAsync(server, "acme", null, "support.notice", "Not even fanned out");
        }

        receiver.Status = 200;
        time.Advance(TimeSpan.FromMinutes(2));
        await using var restarted = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        var summary = await restarted.DispatchAsync();
        Assert.Equal(2, summary.Delivered);
        var titles = receiver.Received.Where(r => r.AnsweredStatus == 200)
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("title").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Fanned out, not delivered", "Not even fanned out"], titles);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_dispatchers_on_one_database_deliver_each_message_once(string provider)
    {
        const int Events = 12;
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTime(Start);
        await using var first = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(first);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri);
        for (var i = 0; i < Events; i++)
        {
            await Scenario.PublishAsync(first, "acme", null, "advisory.published", $"Advisory {i}");
        }

        await using var second = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        var results = await Task.WhenAll(first.DispatchAsync(), second.DispatchAsync(), first.DispatchAsync(), second.DispatchAsync());

        Assert.Equal(Events, results.Sum(r => r.Queued));
        Assert.Equal(Events, results.Sum(r => r.Delivered));
        Assert.Equal(Events, receiver.Received.Count);
        Assert.Equal(Events, receiver.Received.Select(r => r.Headers["X-CodeAssure-Delivery"]).Distinct().Count());
        await using var db = first.OpenDatabase();
        Assert.Equal(Events, await db.Outbox.CountAsync());
        Assert.Equal(Events, await db.DeliveryAttempts.CountAsync());
    }

    [Fact]
    public async Task Auditors_cannot_add_webhooks_and_only_the_owner_sees_the_delivery_log()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, new ManualTime(Start), Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "acme", "auditor@acme.test", "Auditor");
        var page = await Scenario.SubscribeAsync(auditor, "acme", "webhook", "http://127.0.0.1:9/hook");
        Assert.Contains("Customer role or above", page, StringComparison.Ordinal);

        using var customer = await Scenario.AddMemberAndSignInAsync(server, admin, "acme", "buyer@acme.test", "Customer");
        using (var log = await customer.GetAsync("/orgs/acme/notifications"))
        {
            Assert.Equal(HttpStatusCode.NotFound, log.StatusCode); // customers have no workspace at all
        }

        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "acme", "dev@acme.test", "Engineer");
        using (var log = await engineer.GetAsync("/orgs/acme/notifications"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, log.StatusCode); // the delivery log and everyone's subscriptions are the Owner's
        }

        await using var db = server.OpenDatabase();
        Assert.Empty(await db.Subscriptions.ToListAsync());
    }

    private static async Task<OutboxMessage> MessageAsync(ServerUnderTest server)
    {
        await using var db = server.OpenDatabase();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Channel == OutboxChannel.Webhook);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
