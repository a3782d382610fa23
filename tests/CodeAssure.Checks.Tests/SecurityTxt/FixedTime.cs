namespace CodeAssure.Checks.Tests.SecurityTxt;

/// <summary>A clock stopped at one moment, so expiry rules can be tested.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
