using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests;

/// <summary>
/// Says whether the PostgreSQL half of the provider-parameterised tests ran. Without CODEASSURE_TEST_POSTGRES it
/// reports that they did not (in the test output and TestResults/conformance); with CODEASSURE_REQUIRE_POSTGRES=1
/// (as CI sets it) their absence fails the run.
/// </summary>
public sealed class PostgreSqlAvailabilityTests(ITestOutputHelper output)
{
    [Fact]
    public void PostgreSQL_integration_tests_ran_or_their_absence_is_reported()
    {
        var available = TestDatabase.PostgresConnection is not null;
        ConformanceReport.Record(output, "server integration tests on PostgreSQL", available ? 1 : 0, 1,
            available ? [] : [$"{TestDatabase.PostgresVariable} is not set: the PostgreSQL cases did not run"]);
        if (Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_POSTGRES") == "1")
        {
            Assert.True(available, $"{TestDatabase.PostgresVariable} must be set when CODEASSURE_REQUIRE_POSTGRES=1");
        }

        Assert.Equal(available ? 2 : 1, TestDatabase.Providers.Count);
    }
}
