using CodeAssure.Web.Monitoring;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Starting the server with monitoring options (OSV index, poll interval, instance name).</summary>
internal sealed partial class ServerUnderTest
{
    public static Task<ServerUnderTest> StartAsync(TestDatabase database, MonitoringOptions monitoring, TimeProvider? time = null) =>
        StartWithOptionsAsync(database, o => o with { Monitoring = monitoring, Time = time ?? TimeProvider.System });
}
