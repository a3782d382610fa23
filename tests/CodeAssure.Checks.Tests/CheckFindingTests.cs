using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Tests;

public sealed class CheckFindingTests
{
    [Fact]
    public void Levels_order_from_info_to_critical()
    {
        Assert.True(FindingLevel.Critical > FindingLevel.High);
        Assert.True(FindingLevel.Info < FindingLevel.Low);
    }

    [Fact]
    public void Findings_with_the_same_facts_are_equal()
    {
        var a = new CheckFinding { CheckId = "CA-X-001", Level = FindingLevel.Low, Message = "m", Location = new SourceLocation("a/b.txt", 3) };
        var b = a with { };
        Assert.Equal(a, b);
        Assert.NotEqual(a, a with { Location = new SourceLocation("a/b.txt", 4) });
    }
}
