using System.Net;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class NotificationsApiTests
{
    [Fact]
    public async Task Owner_lists_subscriptions_and_the_delivery_log_and_retries_a_failed_message()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var time = new ManualTime(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings(maxAttempts: 1));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri, kinds: "incident.notice");
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Incident");
        receiver.Status = 500;
        await server.DispatchAsync();

        using var subscriptions = await admin.GetAsync("/api/v1/orgs/acme/notifications/subscriptions");
        var subscription = Assert.Single((await BrowserClient.ReadJsonAsync(subscriptions)).EnumerateArray());
        Assert.Equal("webhook", subscription.GetProperty("channel").GetString());
        Assert.Equal("incident.notice", Assert.Single(subscription.GetProperty("kinds").EnumerateArray()).GetString());
        Assert.False(subscription.TryGetProperty("protectedSecret", out _));

        using var deliveries = await admin.GetAsync("/api/v1/orgs/acme/notifications/deliveries");
        var message = Assert.Single((await BrowserClient.ReadJsonAsync(deliveries)).EnumerateArray());
        Assert.Equal("failed", message.GetProperty("status").GetString());
        Assert.Equal(500, Assert.Single(message.GetProperty("log").EnumerateArray()).GetProperty("statusCode").GetInt32());

        receiver.Status = 200;
        var id = message.GetProperty("id").GetGuid();
        using (var retried = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/acme/notifications/deliveries/{id}/retry", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        }

        Assert.Equal(1, (await server.DispatchAsync()).Delivered);
        using (var again = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/acme/notifications/deliveries/{id}/retry", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // delivered: nothing to retry
        }

        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "acme", "dev@acme.test", "Engineer");
        using var forbidden = await engineer.GetAsync("/api/v1/orgs/acme/notifications/deliveries");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var outsider = server.NewClient();
        using var anonymous = await outsider.GetAsync("/api/v1/orgs/acme/notifications/subscriptions");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
