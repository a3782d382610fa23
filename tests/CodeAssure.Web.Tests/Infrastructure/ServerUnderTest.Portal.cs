namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Starting the server with a clock the test controls (date rules such as support status depend on it).</summary>
internal sealed partial class ServerUnderTest
{
    public static async Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider time)
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
        }, CancellationToken.None);
        return new ServerUnderTest(server, console, database);
    }
}
