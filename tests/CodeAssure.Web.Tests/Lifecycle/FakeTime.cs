namespace CodeAssure.Web.Tests.Lifecycle;

/// <summary>A clock the test sets: lifecycle rules are checked against a known "now", not the wall clock.</summary>
internal sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <summary>Starts at the real time rounded to the minute, so sign-in cookies and one-time codes still work.</summary>
    public static FakeTime NearNow()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTime(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero));
    }

    public DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
