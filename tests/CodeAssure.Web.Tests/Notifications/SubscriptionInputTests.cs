using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using CodeAssure.Web.Tests.Infrastructure;
using CodeAssure.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class SubscriptionInputTests
{
    [Fact]
    public async Task Malformed_oversized_and_hostile_subscribe_forms_get_a_message_and_save_nothing()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, TimeProvider.System, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.CreateOrganisationAsync(admin, "other");
        var otherProduct = (await Scenario.CreateProductAsync(admin, "other", "Theirs")).GetProperty("id").GetString()!;

        var cases = new (string Channel, string Target, string ProductId, string Kinds, string Message)[]
        {
            ("pigeon", "a@example.test", "", "", "The channel must be email or webhook."),
            ("email", new string('a', 3000) + "@example.test", "", "", "at most 254 characters"),
            ("webhook", "https://example.test/" + new string('x', 2100), "", "", "at most 2000 characters"),
            ("email", "a@example.test", otherProduct, "", "one of the organisation&#x27;s products"),
            ("email", "a@example.test", "not-a-guid", "", "one of the organisation&#x27;s products"),
            ("email", "a@example.test", "", "advisory.published <script>", "is not an event kind"),
            ("email", "a@example.test", "", string.Join(' ', Enumerable.Range(0, 30).Select(i => $"kind.{i}")), "at most 20 kinds"),
            ("email", "a@example.test\r\nBcc: victim@example.test", "", "", "control characters"),
            ("webhook", "javascript:alert(1)", "", "", "absolute https://"),
        };
        foreach (var (channel, target, productId, kinds, message) in cases)
        {
            var page = await Scenario.SubscribeAsync(admin, "acme", channel, target, productId, kinds);
            Assert.True(page.Contains(message, StringComparison.Ordinal), $"{channel} {target[..Math.Min(40, target.Length)]}: expected '{message}' in the page");
        }

        await using var db = server.OpenDatabase();
        Assert.Empty(await db.Subscriptions.ToListAsync());
        Assert.Empty(await db.Outbox.ToListAsync());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("advisory.published, support.notice advisory.published", "advisory.published support.notice")]
    public void Kinds_are_parsed_into_a_space_separated_set(string? text, string? expected) =>
        Assert.Equal(expected, SubscriptionService.ParseKinds(text));

    [Theory]
    [InlineData("Advisory.Published")]
    [InlineData("advisory..published")]
    [InlineData(".advisory")]
    public void Kinds_must_be_dotted_lower_case_names(string text) =>
        Assert.Throws<InvalidInputException>(() => SubscriptionService.ParseKinds(text));

    [Fact]
    public void A_kinds_filter_lets_only_its_kinds_through()
    {
        var subscription = new Subscription { Target = "a@example.test", CreatedBy = "u", Kinds = "advisory.published support.notice" };
        Assert.True(SubscriptionService.Wants(subscription, "support.notice"));
        Assert.False(SubscriptionService.Wants(subscription, "incident.notice"));
        Assert.False(SubscriptionService.Wants(subscription, "support"));
        Assert.True(SubscriptionService.Wants(new Subscription { Target = "a@example.test", CreatedBy = "u" }, "incident.notice"));
    }

    [Fact]
    public void Retry_delays_grow_from_one_minute_to_twelve_hours_with_at_most_ten_percent_jitter()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var expected = new[] { 1, 5, 30, 120, 720, 720 }.Select(m => TimeSpan.FromMinutes(m)).ToArray();
        for (var failed = 1; failed <= expected.Length; failed++)
        {
            Assert.Equal(expected[failed - 1], RetrySchedule.BaseDelay(failed));
            var next = RetrySchedule.NextAttempt(now, failed, new Random(failed)) - now;
            Assert.InRange(next, expected[failed - 1], expected[failed - 1] * 1.1);
        }
    }

    [Fact]
    public void Signature_is_hex_hmac_sha256_of_timestamp_dot_body_keyed_with_the_secret()
    {
        // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'cawh_test'
        Assert.Equal("sha256=" + ReferenceSignature, WebhookSignature.Sign("cawh_test", 1700000000, """{"a":1}"""));
        Assert.StartsWith("cawh_", WebhookSignature.NewSecret(), StringComparison.Ordinal);
        Assert.Equal(48, WebhookSignature.NewSecret().Length);
        Assert.NotEqual(WebhookSignature.NewSecret(), WebhookSignature.NewSecret());
    }

    private const string ReferenceSignature = "0a6f20b2299173fae473bb1bb28c105f60bc3637736153650ff8f56e4c9122cb";
}
