using CodeAssure.Data;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// The supplier register's background pass, every <see cref="SupplierOptions.SyncInterval"/> (zero: off): reads every
/// supplier's portal, then raises the stale-attestation reminders (<see cref="StaleAttestationReminder"/>). One
/// supplier's failure is logged and recorded on the supplier by <see cref="SupplierFeedSync"/>; nothing here stops the server.
/// </summary>
internal sealed partial class SupplierFeedWorker(IServiceScopeFactory scopes, SupplierOptions options, TimeProvider time, ILogger<SupplierFeedWorker> log) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SyncInterval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            // The first read soon after start (not a whole interval later), once the server is up.
            var wait = options.SyncInterval < FirstRun ? options.SyncInterval : FirstRun;
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                await RemindAsync(stoppingToken).ConfigureAwait(false);
                wait = options.SyncInterval;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Reads every supplier that has a portal address, one after another; returns how many were read without a problem.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<(Guid OrganisationId, Guid Id)> suppliers;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CodeAssureDbContext>();
            suppliers = (await db.Suppliers.AsNoTracking().Where(s => s.PortalUrl != null).Select(s => new { s.OrganisationId, s.Id })
                .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(s => (s.OrganisationId, s.Id)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogListFailed(log, e);
            return 0;
        }

        var succeeded = 0;
        foreach (var (organisationId, id) in suppliers)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<SupplierFeedSync>().SyncAsync(organisationId, id, cancellationToken).ConfigureAwait(false);
                if (result is { Succeeded: true })
                {
                    succeeded++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup or a bug with one supplier's data must not stop the others.
                LogSupplierFailed(log, id, e);
            }
        }

        return succeeded;
    }

    private async Task RemindAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StaleAttestationReminder>().RemindAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed pass (database briefly unreachable) is retried at the next interval, not fatal to the server.
            LogRemindersFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale supplier attestation check failed; retrying at the next interval")]
    private static partial void LogRemindersFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the suppliers to read; retrying at the next interval")]
    private static partial void LogListFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the portal of supplier {SupplierId} failed")]
    private static partial void LogSupplierFailed(ILogger logger, Guid supplierId, Exception exception);
}
