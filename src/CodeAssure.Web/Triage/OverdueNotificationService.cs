namespace CodeAssure.Web.Triage;

/// <summary>Runs <see cref="OverdueNotifier"/> a minute after start and then every hour.</summary>
internal sealed partial class OverdueNotificationService(IServiceScopeFactory scopes, TimeProvider time, ILogger<OverdueNotificationService> log) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRun, time, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OverdueNotifier>().NotifyAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed pass (database briefly unreachable) is retried at the next interval, not fatal to the server.
                    LogFailed(log, e);
                }

                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue findings check failed; retrying in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
