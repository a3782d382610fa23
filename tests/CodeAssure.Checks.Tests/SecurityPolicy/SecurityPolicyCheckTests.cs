using CodeAssure.Checks.Findings;
using CodeAssure.Checks.SecurityPolicy;
using CodeAssure.Checks.Tests.SecurityTxt;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.SecurityPolicy;

public sealed class SecurityPolicyCheckTests
{
    [Fact]
    public void This_repository_security_policy_passes()
    {
        var finding = Assert.Single(SecurityPolicyCheck.Run(ConformanceData.RepositoryRoot));
        Assert.Equal("CA-VDP-001", finding.CheckId);
        Assert.Equal(FindingLevel.Info, finding.Level);
        Assert.Equal("SECURITY.md", finding.Location!.Path);
        Assert.Contains("private vulnerability reporting", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_policy_in_dot_github_whatever_its_case()
    {
        using var repo = new TemporaryFolder();
        repo.Write(".github/security.md", "Email security@example.com. We acknowledge reports within 48 hours and fix them and publish an advisory.\n");
        var finding = Assert.Single(SecurityPolicyCheck.Run(repo.Path));
        Assert.Equal(FindingLevel.Info, finding.Level);
        Assert.Equal(".github/security.md", finding.Location!.Path);
        Assert.Equal("security@example.com", finding.Value);
    }

    [Fact]
    public void Reports_a_missing_policy()
    {
        using var repo = new TemporaryFolder();
        var finding = Assert.Single(SecurityPolicyCheck.Run(repo.Path));
        Assert.Equal("missing", finding.RuleId);
        Assert.Equal(FindingLevel.High, finding.Level);
    }

    [Fact]
    public void Reports_a_policy_that_only_lists_supported_versions()
    {
        var findings = SecurityPolicyCheck.Judge("SECURITY.md", "# Security\n\n| Version | Supported |\n| 1.x | yes |\n");
        Assert.Contains(findings, f => f.RuleId == "no-contact" && f.Level == FindingLevel.High);
        Assert.Contains(findings, f => f.RuleId == "no-timeline");
        Assert.Contains(findings, f => f.RuleId == "no-process");
        Assert.DoesNotContain(findings, f => f.Level == FindingLevel.Info);
    }

    [Fact]
    public void Reports_a_policy_with_a_contact_but_no_timeline()
    {
        var findings = SecurityPolicyCheck.Judge("SECURITY.md", "Please report vulnerabilities to security@example.com and we will fix them as soon as we can.\n");
        Assert.Equal("no-timeline", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void Does_not_take_a_badge_link_for_a_contact()
    {
        var findings = SecurityPolicyCheck.Judge("SECURITY.md", "![build](https://ci.example.com/badge.svg)\nWe fix issues within 30 days.\n");
        Assert.Contains(findings, f => f.RuleId == "no-contact");
    }

    [Fact]
    public void Reports_github_template_placeholder_text_with_its_line()
    {
        var text = "# Security Policy\n\n## Reporting a Vulnerability\n\nUse this section to tell people how to report a vulnerability.\n";
        var findings = SecurityPolicyCheck.Judge("SECURITY.md", text);
        var template = Assert.Single(findings, f => f.RuleId == "template-text");
        Assert.Equal(5, template.Location!.Line);
        Assert.Contains(findings, f => f.RuleId == "no-contact");
    }
}
