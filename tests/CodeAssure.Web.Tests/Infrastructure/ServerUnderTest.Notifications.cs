using CodeAssure.Web.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Infrastructure;

internal sealed partial class ServerUnderTest
{
    /// <summary>Starts the server with a clock and extra configuration (e.g. <c>Smtp:Host</c>, <c>Notifications:*</c>).</summary>
    public static async Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider time, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var console = new StringWriter();
        var server = await CodeAssureServer.StartAsync(new ServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = database.DataDirectory,
            ConnectionString = database.ConnectionString,
            Console = console,
            ConsoleLogging = false,
            Time = time,
            Settings = settings.ToDictionary(s => s.Key, s => s.Value),
        }, CancellationToken.None);
        return new ServerUnderTest(server, console, database);
    }

    /// <summary>Runs one notification dispatcher pass now (the background loop is off in these tests).</summary>
    public Task<DispatchSummary> DispatchAsync() => Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
}
