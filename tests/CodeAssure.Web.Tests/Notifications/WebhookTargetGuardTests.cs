using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tests.Infrastructure;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class WebhookTargetGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("ff02::1")]
    public void Refuses_addresses_that_are_not_public(string address) =>
        Assert.False(WebhookTargetGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("64:ff9b::808:808")]
    public void Allows_public_addresses(string address) =>
        Assert.True(WebhookTargetGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://127.0.0.1/hook", "loopback, private or link-local")]
    [InlineData("https://[::1]:8443/hook", "loopback, private or link-local")]
    [InlineData("https://169.254.169.254/latest/meta-data", "loopback, private or link-local")]
    [InlineData("http://93.184.215.14/hook", "must use https://")]
    [InlineData("ftp://example.com/hook", "absolute https://")]
    [InlineData("https://user:pass@93.184.215.14/hook", "user name or password")]
    [InlineData("not a url", "absolute https://")]
    public async Task Without_the_private_targets_option_refuses_unsafe_webhook_urls(string url, string message)
    {
        var guard = new WebhookTargetGuard(new NotificationOptions());
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => guard.ParseAsync("Target", url, CancellationToken.None));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_without_the_option_refuses_a_loopback_webhook_on_the_subscribe_page()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, TimeProvider.System, [new("Notifications:PollInterval", "00:00:00")]);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        var page = await Scenario.SubscribeAsync(admin, "acme", "webhook", "https://localhost:8443/hook");
        Assert.Contains("webhooks must reach a public address", page, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Empty(await db.Subscriptions.ToListAsync());
    }

    [Fact]
    public async Task Delivery_refuses_to_connect_to_a_loopback_address_even_if_the_row_says_so()
    {
        // A row that got past the form (e.g. the option was on then, or DNS changed since) still cannot reach inside.
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var permissive = await ServerUnderTest.StartAsync(database, TimeProvider.System, Scenario.NotificationSettings()))
        {
            using var admin = await Scenario.SetUpAdministratorAsync(permissive);
            await Scenario.CreateOrganisationAsync(admin, "acme");
            await Scenario.SubscribeAsync(admin, "acme", "webhook", receiver.Url.AbsoluteUri);
            await Scenario.PublishAsync(permissive, "acme", null, "incident.notice", "Incident");
        }

        await using var strict = await ServerUnderTest.StartAsync(database, TimeProvider.System,
            [new("Notifications:PollInterval", "00:00:00"), new("Notifications:AllowHttp", "true")]);
        var summary = await strict.DispatchAsync();
        Assert.Equal(1, summary.Failed);
        Assert.Empty(receiver.Received);
        await using var db = strict.OpenDatabase();
        var message = await db.Outbox.SingleAsync(m => m.Channel == OutboxChannel.Webhook);
        Assert.Contains("refused to connect", message.LastError, StringComparison.Ordinal);
    }
}
