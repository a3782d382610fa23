namespace CodeAssure.Web.Tests.Disclosure;

/// <summary>A clock that stands still until a test moves it on.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
