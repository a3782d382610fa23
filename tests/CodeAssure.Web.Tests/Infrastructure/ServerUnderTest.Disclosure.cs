namespace CodeAssure.Web.Tests.Infrastructure;

internal sealed partial class ServerUnderTest
{
    /// <summary>Starts the server with changed options (a clock, configuration settings).</summary>
    public static async Task<ServerUnderTest> StartWithOptionsAsync(TestDatabase database, Func<ServerOptions, ServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var console = new StringWriter();
        var server = await CodeAssureServer.StartAsync(configure(new ServerOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = database.DataDirectory,
            ConnectionString = database.ConnectionString,
            Console = console,
            ConsoleLogging = false,
        }), CancellationToken.None);
        return new ServerUnderTest(server, console, database);
    }
}
