namespace CodeAssure.Web.Tests.Triage;

/// <summary>A clock the test sets by hand, for the date rules of triage.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
