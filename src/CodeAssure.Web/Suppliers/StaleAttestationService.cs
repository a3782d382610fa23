namespace CodeAssure.Web.Suppliers;

/// <summary>Runs <see cref="StaleAttestationReminder"/> every <see cref="SupplierOptions.SyncInterval"/>; a zero interval turns it off.</summary>
internal sealed partial class StaleAttestationService(IServiceScopeFactory scopes, TimeProvider time, SupplierOptions options, ILogger<StaleAttestationService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SyncInterval == TimeSpan.Zero)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.SyncInterval, time, stoppingToken).ConfigureAwait(false);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<StaleAttestationReminder>().RemindAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed pass (database briefly unreachable) is retried at the next interval, not fatal to the server.
                    LogFailed(log, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale supplier attestation check failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
