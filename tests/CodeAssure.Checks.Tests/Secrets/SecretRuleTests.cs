using System.Text.Json;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Tests.Secrets;

public sealed class SecretRuleTests
{
    private static readonly SecretScanner Scanner = new();

    public static TheoryData<string, string, string> PositiveCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (rule, text, secret) in SecretRuleCases.Positives())
        {
            data.Add(rule, text, secret);
        }

        return data;
    }

    public static TheoryData<string, string> NearMissCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (rule, text) in SecretRuleCases.NearMisses())
        {
            data.Add(rule, text);
        }

        return data;
    }

    public static TheoryData<string> SilentTexts()
    {
        var data = new TheoryData<string>();
        foreach (var text in SecretRuleCases.GenericNearMisses())
        {
            data.Add(text);
        }

        return data;
    }

    [Fact]
    public void Catalogue_has_at_least_40_rules_with_unique_ids_descriptions_and_keywords()
    {
        var rules = SecretRules.Default;
        Assert.True(rules.Count >= 40, $"only {rules.Count} rules");
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(rules, r =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.NotEmpty(r.Keywords);
        });
    }

    [Fact]
    public void Every_rule_has_a_true_positive_and_a_near_miss_case()
    {
        var positive = SecretRuleCases.Positives().Select(c => c.Rule).ToHashSet();
        var negative = SecretRuleCases.NearMisses().Select(c => c.Rule).ToHashSet();
        var withoutPositive = SecretRules.Default.Select(r => r.Id).Where(id => !positive.Contains(id)).ToList();
        var withoutNearMiss = SecretRules.Default.Select(r => r.Id).Where(id => !negative.Contains(id)).ToList();
        Assert.True(withoutPositive.Count == 0, "no true positive for: " + string.Join(", ", withoutPositive));
        Assert.True(withoutNearMiss.Count == 0, "no near-miss for: " + string.Join(", ", withoutNearMiss));
    }

    [Theory]
    [MemberData(nameof(PositiveCases))]
    public void Rule_finds_its_true_positive(string rule, string text, string secret)
    {
        var findings = Scanner.ScanText(text, "src/app.config");

        var finding = Assert.Single(findings);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(SecretRules.CheckId, finding.CheckId);
        Assert.Equal("src/app.config", finding.Location!.Path);
        Assert.NotNull(finding.Location.Line);

        // Redacted everywhere: at most 4 characters shown, and nothing beyond them anywhere in the finding.
        Assert.Matches(@"^[^*]{0,4}\*+$", finding.Value);
        var probe = secret.Trim().Replace("\\n", "", StringComparison.Ordinal).Trim();
        var json = JsonSerializer.Serialize(finding);
        Assert.DoesNotContain(probe.Substring(Math.Min(4, probe.Length / 2), Math.Min(8, probe.Length - Math.Min(4, probe.Length / 2))), json, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", finding.Fingerprint);
    }

    [Theory]
    [MemberData(nameof(NearMissCases))]
    public void Rule_stays_silent_on_a_near_miss(string rule, string text)
    {
        var findings = Scanner.ScanText(text, "near-miss.txt");

        Assert.DoesNotContain(findings, f => f.RuleId == rule);
    }

    [Theory]
    [MemberData(nameof(SilentTexts))]
    public void Placeholders_references_and_identifiers_are_not_reported_by_any_rule(string text)
    {
        Assert.Empty(Scanner.ScanText(text, "config.yaml"));
    }

    [Fact]
    public void AWS_documented_example_key_is_reported_as_an_access_key_id()
    {
        var finding = Assert.Single(Scanner.ScanText($"key: {SecretRuleCases.AwsExampleKeyId}", "a.yml"));
        Assert.Equal("aws-access-key-id", finding.RuleId);
        Assert.Equal("AKIA****************", finding.Value);
        Assert.Equal(new SourceLocation("a.yml", 1, 6), finding.Location);
    }

    [Theory]
    [MemberData(nameof(GitHubPrefixes))]
    public void GitHub_and_npm_tokens_with_a_wrong_checksum_are_reported_at_low_level(string rule, string prefix)
    {
        var valid = Assert.Single(Scanner.ScanText(Fake.ChecksummedToken(prefix), "t"));
        var invalid = Assert.Single(Scanner.ScanText(Fake.ChecksummedToken(prefix, validChecksum: false), "t"));

        Assert.Equal(rule, valid.RuleId);
        Assert.Equal(FindingLevel.Critical, valid.Level);
        Assert.Equal(rule, invalid.RuleId);
        Assert.Equal(FindingLevel.Low, invalid.Level);
        Assert.Contains("checksum", invalid.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> GitHubPrefixes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (rule, prefix) in SecretRuleCases.GitHubClassic)
        {
            data.Add(rule, prefix);
        }

        data.Add("npm-access-token", "npm_");
        return data;
    }

    [Fact]
    public void Several_secrets_in_one_file_are_each_located_by_line_and_column()
    {
        var text = $"first line\n  token: ghp_{Fake.Alphanumeric(36)}\nkey = {SecretRuleCases.AwsExampleKeyId}\n";

        var findings = Scanner.ScanText(text, "f.txt");

        Assert.Equal(2, findings.Count);
        Assert.Equal(new SourceLocation("f.txt", 2, 10), findings[0].Location);
        Assert.Equal(new SourceLocation("f.txt", 3, 7), findings[1].Location);
    }

    [Fact]
    public void Hostile_input_does_not_stall_or_crash_the_detector()
    {
        var text = string.Concat(Enumerable.Repeat("password=" + new string('a', 5000) + " token: ://@@ eyJ.eyJ. -----BEGIN RSA PRIVATE KEY-----", 200));

        var findings = Scanner.ScanText(text, "hostile.txt");

        Assert.DoesNotContain(findings, f => f.RuleId!.StartsWith("private-key", StringComparison.Ordinal));
    }
}
