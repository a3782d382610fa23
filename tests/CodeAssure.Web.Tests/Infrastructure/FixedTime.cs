namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>A clock stopped at one instant (the server's notion of "today" in date-rule tests).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
