namespace CodeAssure.Web.Monitoring;

/// <summary>Registers release SBOMs, OSV matching and the background job worker.</summary>
internal static class MonitoringServices
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, MonitoringOptions? options, string dataDirectory)
    {
        services.AddSingleton(sp => MonitoringSettings.Resolve(options, sp.GetRequiredService<IConfiguration>(), dataDirectory));
        services.AddSingleton<OsvIndexWatcher>();
        services.AddScoped<JobQueue>();
        services.AddScoped<ReleaseSbomService>();
        services.AddScoped<ReleaseMatcher>();
        services.AddScoped<JobRunner>();
        services.AddHostedService<MonitoringWorker>();
        return services;
    }
}
