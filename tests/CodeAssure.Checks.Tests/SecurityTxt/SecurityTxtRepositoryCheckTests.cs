using CodeAssure.Checks.Findings;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class SecurityTxtRepositoryCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reports_a_valid_well_known_file_as_info()
    {
        using var repo = new TemporaryFolder();
        repo.Write("public/.well-known/security.txt", "Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n");
        var finding = Assert.Single(SecurityTxtRepositoryCheck.Run(repo.Path, new FixedTime(Now)));
        Assert.Equal("CA-VDP-002", finding.CheckId);
        Assert.Equal(FindingLevel.Info, finding.Level);
        Assert.Equal("public/.well-known/security.txt", finding.Location!.Path);
        Assert.Equal("mailto:security@example.com", finding.Value);
    }

    [Fact]
    public void Reports_each_problem_with_its_file_and_line()
    {
        using var repo = new TemporaryFolder();
        repo.Write(".well-known/security.txt", "Contact: mailto:security@example.com\nExpires: 2020-01-01T00:00:00Z\nPolicy: http://example.com/policy\n");
        var findings = SecurityTxtRepositoryCheck.Run(repo.Path, Now);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingLevel.Medium, f.Level));
        Assert.Contains(findings, f => f.Location == new SourceLocation(".well-known/security.txt", 2) && f.Message.Contains("expired", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Location == new SourceLocation(".well-known/security.txt", 3));
    }

    [Fact]
    public void Keeps_the_fingerprint_of_an_expiry_problem_as_time_passes()
    {
        using var repo = new TemporaryFolder();
        repo.Write("security.txt", "Contact: mailto:security@example.com\nExpires: 2020-01-01T00:00:00Z\n");
        var first = Assert.Single(SecurityTxtRepositoryCheck.Run(repo.Path, Now));
        var later = Assert.Single(SecurityTxtRepositoryCheck.Run(repo.Path, Now.AddDays(3)));
        Assert.NotEqual(first.Message, later.Message);
        Assert.Equal(first.Fingerprint, later.Fingerprint);
    }

    [Fact]
    public void Says_so_when_the_repository_has_no_security_txt()
    {
        using var repo = new TemporaryFolder();
        var finding = Assert.Single(SecurityTxtRepositoryCheck.Run(repo.Path, Now));
        Assert.Equal("not-found", finding.RuleId);
        Assert.Null(finding.Location);
    }
}
