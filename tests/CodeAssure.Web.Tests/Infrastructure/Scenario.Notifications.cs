using System.Net;
using System.Text.RegularExpressions;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Infrastructure;

internal static partial class Scenario
{
    /// <summary>Notification settings for tests: no background loop, loopback http webhooks allowed, short timeout.</summary>
    public static List<KeyValuePair<string, string?>> NotificationSettings(SmtpReceiver? smtp = null, int maxAttempts = 6)
    {
        var settings = new List<KeyValuePair<string, string?>>
        {
            new("Notifications:PollInterval", "00:00:00"),
            new("Notifications:AllowPrivateWebhookTargets", "true"),
            new("Notifications:AllowHttp", "true"),
            new("Notifications:WebhookTimeout", "00:00:02"),
            new("Notifications:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (smtp is not null)
        {
            settings.AddRange(smtp.Settings);
        }

        return settings;
    }

    /// <summary>What a producer (advisories, lifecycle, incidents) does: queue an event in one save.</summary>
    public static async Task<Guid> PublishAsync(ServerUnderTest server, string slug, Guid? productId, string kind, string title, string summary = "Details follow.", string? link = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodeAssure.Data.CodeAssureDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
        var notification = scope.ServiceProvider.GetRequiredService<NotificationQueue>()
            .Publish(organisation.Id, productId, kind, title, summary, link ?? $"/trust/{slug}", """{"severity":"high"}""");
        await db.SaveChangesAsync();
        return notification.Id;
    }

    /// <summary>Posts the subscribe form; returns the page (which shows the outcome or the errors).</summary>
    public static async Task<string> SubscribeAsync(BrowserClient client, string slug, string channel, string target, string productId = "", string kinds = "")
    {
        using var response = await client.PostFormAsync($"/trust/{slug}/subscribe", new Dictionary<string, string>
        {
            ["Channel"] = channel, ["Target"] = target, ["ProductId"] = productId, ["Kinds"] = kinds,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string WebhookSecret(string html)
    {
        var match = WebhookSecretPattern().Match(html);
        Assert.True(match.Success, "the page shows no webhook secret:\n" + html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The server path of the first link in a text that starts with <paramref name="prefix"/> (e.g. the confirm link).</summary>
    public static string LinkPath(string text, string marker)
    {
        var match = Regex.Match(text, @"(https?://\S*" + Regex.Escape(marker) + @"\S*)");
        Assert.True(match.Success, $"no {marker} link in:\n{text}");
        return new Uri(match.Groups[1].Value).PathAndQuery;
    }

    [GeneratedRegex("id=\"webhook-secret\">([^<]+)<")]
    private static partial Regex WebhookSecretPattern();
}
