namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>A clock the test moves by hand (for leases and back-off).</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
