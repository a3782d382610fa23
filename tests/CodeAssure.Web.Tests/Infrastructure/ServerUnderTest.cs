using System.Text.RegularExpressions;
using CodeAssure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>The real server on Kestrel at 127.0.0.1 and a free port, over a real database; what it printed is kept.</summary>
internal sealed partial class ServerUnderTest : IAsyncDisposable
{
    private readonly RunningServer _server;
    private readonly StringWriter _console;

    private ServerUnderTest(RunningServer server, StringWriter console, TestDatabase database)
    {
        _server = server;
        _console = console;
        Database = database;
    }

    public Uri BaseAddress => _server.BaseAddress;

    public TestDatabase Database { get; }

    public string ConsoleText => _console.ToString();

    /// <summary>The setup link printed on first run, or null.</summary>
    public Uri? SetupLink => SetupLinkPattern().Match(ConsoleText) is { Success: true } m ? new Uri(m.Groups[1].Value) : null;

    public static Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider? time = null) =>
        StartWithOptionsAsync(database, o => o with { Time = time ?? TimeProvider.System });

    /// <summary>Starts the server on a free loopback port with the test's database and options changed by <paramref name="configure"/>.</summary>
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

    public BrowserClient NewClient() => new(BaseAddress);

    /// <summary>A database context on the server's database, for assertions (and tampering).</summary>
    public CodeAssureDbContext OpenDatabase() => CodeAssureDatabase.CreateContext(DatabaseSettings.Parse(Database.ConnectionString));

    public IServiceProvider Services => _server.Services;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [GeneratedRegex(@"open (http://\S+/setup\?token=\S+) ")]
    private static partial Regex SetupLinkPattern();
}
