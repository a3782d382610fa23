using CodeAssure.Web.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Infrastructure;

internal sealed partial class ServerUnderTest
{
    /// <summary>Starts the server with a clock and extra configuration (e.g. <c>Smtp:Host</c>, <c>Notifications:*</c>).</summary>
    public static Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider time, IEnumerable<KeyValuePair<string, string?>> settings) =>
        StartWithOptionsAsync(database, o => o with { Time = time, Settings = settings.ToDictionary(s => s.Key, s => s.Value) });

    /// <summary>Runs one notification dispatcher pass now (the background loop is off in these tests).</summary>
    public Task<DispatchSummary> DispatchAsync() => Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
}
