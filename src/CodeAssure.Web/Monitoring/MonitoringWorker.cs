using System.Globalization;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// The hosted service that keeps releases monitored: on every poll it enqueues a re-match when the OSV index has a new
/// version, enqueues the scheduled OSV sync when its slot comes round, and then runs due jobs until none is left.
/// Every instance runs one; the job table decides which instance runs which job.
/// </summary>
internal sealed partial class MonitoringWorker(
    IServiceScopeFactory scopes, MonitoringSettings settings, OsvIndexWatcher watcher, TimeProvider time, ILogger<MonitoringWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.RunJobs)
        {
            return;
        }

        // Let start-up finish before the first poll.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must outlive any one failure (a locked database, a corrupt index); it logs and polls again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, e);
            }

            try
            {
                await Task.Delay(settings.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            if (watcher.ChangedVersion() is { } version)
            {
                await queue.EnqueueOnceAsync(JobKinds.RematchAll, version, "rematch-all:" + version, cancellationToken).ConfigureAwait(false);
            }

            if (settings.SyncUrl is not null)
            {
                var slot = time.GetUtcNow().ToUnixTimeSeconds() / (long)settings.SyncInterval.TotalSeconds;
                await queue.EnqueueOnceAsync(JobKinds.OsvSync, settings.SyncUrl.AbsoluteUri, string.Create(CultureInfo.InvariantCulture, $"osv-sync:{slot}"), cancellationToken).ConfigureAwait(false);
            }

            if (!await queue.AnyPendingAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        while (!cancellationToken.IsCancellationRequested && await RunNextAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>Claims and runs one job; false when none was due.</summary>
    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var job = await queue.ClaimAsync(settings.InstanceId, settings.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return false;
        }

        // The lease is renewed while the job runs, on its own scope (a DbContext is not shared between threads).
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileRunningAsync(job, running.Token);
        string? result = null;
        string? error = null;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease lapses and another instance (or this one, restarted) runs the job again.
            throw;
        }
#pragma warning disable CA1031 // A failing job is recorded on its row (and retried), never allowed to stop the worker.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = $"{e.GetType().Name}: {e.Message}";
            LogJobFailed(logger, job.Kind, job.Id, e);
        }
        finally
        {
            await running.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }

        await using var finishing = scopes.CreateAsyncScope();
        var finisher = finishing.ServiceProvider.GetRequiredService<JobQueue>();
        var recorded = error is null
            ? await finisher.CompleteAsync(job, result!, cancellationToken).ConfigureAwait(false)
            : await finisher.FailAsync(job, error, cancellationToken).ConfigureAwait(false);
        if (!recorded)
        {
            LogClaimLost(logger, job.Kind, job.Id);
        }

        return true;
    }

    private async Task RenewWhileRunningAsync(Data.Entities.BackgroundJob job, CancellationToken cancellationToken)
    {
        var every = settings.LeaseDuration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, cancellationToken).ConfigureAwait(false);
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<JobQueue>().RenewAsync(job, settings.LeaseDuration, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Monitoring poll failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {Kind} {Id} failed")]
    private static partial void LogJobFailed(ILogger logger, string kind, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {Kind} {Id} finished after its lease had passed to another instance; its result was not recorded")]
    private static partial void LogClaimLost(ILogger logger, string kind, Guid id);
}
