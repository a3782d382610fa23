using CodeAssure.Web.Monitoring;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Starting the server with monitoring options (OSV index, poll interval, instance name).</summary>
internal sealed partial class ServerUnderTest
{
    public static async Task<ServerUnderTest> StartAsync(TestDatabase database, MonitoringOptions monitoring, TimeProvider? time = null)
    {
        var console = new StringWriter();
        var server = await CodeAssureServer.StartAsync(new ServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = database.DataDirectory,
            ConnectionString = database.ConnectionString,
            Console = console,
            ConsoleLogging = false,
            Monitoring = monitoring,
            Time = time ?? TimeProvider.System,
        }, CancellationToken.None);
        return new ServerUnderTest(server, console, database);
    }
}
