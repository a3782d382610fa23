namespace CodeAssure.Web;

/// <summary>A started server: where it listens, and how to stop it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The first listening address, e.g. http://localhost:5080/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The application's services (tests use them to reach the database).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Waits until the host is asked to stop (Ctrl+C, SIGTERM) or the token is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
