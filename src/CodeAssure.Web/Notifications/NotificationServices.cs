using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CodeAssure.Web.Notifications;

/// <summary>Registers subscriptions, the outbox dispatcher and its senders.</summary>
internal static class NotificationServices
{
    /// <summary>The rate limiter policy on the subscribe form, which sends email to any address typed into it.</summary>
    public const string SubscribeRateLimit = "subscribe";

    /// <summary>Adds everything notifications need, reading the <c>Notifications</c> and <c>Smtp</c> sections now.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(NotificationOptions.From(configuration));
        services.AddSingleton<WebhookTargetGuard>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<PublicAddress>();
        services.AddScoped<SubscriptionTokens>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<NotificationFanOut>();
        services.AddScoped<DeliveryLog>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(s => s.GetRequiredService<NotificationDispatcher>());
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(SubscribeRateLimit, c => RateLimitPartition.GetFixedWindowLimiter(
            c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }
}
