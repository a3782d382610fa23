namespace CodeAssure.Web.Notifications;

/// <summary>Registers subscriptions, the outbox dispatcher and its senders.</summary>
internal static class NotificationServices
{
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
        return services;
    }
}
