namespace CodeAssure.Web.Suppliers;

/// <summary>Registers the supplier register: options, the guarded portal client and the services that use it.</summary>
internal static class SupplierServices
{
    /// <summary>Adds everything the supplier register needs, reading the <c>Suppliers</c> section now.</summary>
    public static IServiceCollection AddSuppliers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SupplierOptions.From(configuration));
        services.AddSingleton<SupplierPortalClient>();
        services.AddScoped<SupplierCsafFeed>();
        services.AddScoped<SupplierSupportFeed>();
        services.AddScoped<SupplierIncidentFeed>();
        services.AddScoped<SupplierFeedSync>();
        services.AddScoped<SupplierAlertInbox>();
        services.AddSingleton<SupplierFeedWorker>();
        services.AddHostedService(s => s.GetRequiredService<SupplierFeedWorker>());
        services.AddScoped<SupplierRegister>();
        services.AddScoped<SupplierImporter>();
        services.AddScoped<StaleAttestationReminder>();
        services.AddScoped<QuestionnaireAttestationCheck>();
        return services;
    }
}
