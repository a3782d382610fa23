using System.Text.Json;
using CodeAssure.Checks.Framework;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>`codeassure scan --format sarif`: the structure SARIF 2.1.0 and code-scanning upload require, from a real scan.</summary>
public sealed class ScanSarifTests : IDisposable
{
    private readonly ScanRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Every_check_is_a_rule_and_every_finding_a_result_located_relative_to_the_scanned_folder()
    {
        _repo.Write("src/app config.py", $"import os\nAWS_ACCESS_KEY_ID = \"{ScanRepository.FakeKey}\"\n");

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "sarif", "--db", _repo.NoIndex);

        Assert.Equal(1, result.ExitCode); // a high secret and a missing SECURITY.md reach the default --fail-on high
        Assert.DoesNotContain(ScanRepository.FakeKey, result.Out, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(result.Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("CodeAssure", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(EvidenceScanner.AllChecks.Select(c => c.Descriptor.Id).Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            var descriptor = EvidenceScanner.AllChecks.Single(c => c.Descriptor.Id == rule.GetProperty("id").GetString()).Descriptor;
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.LooksFor, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Remediation, rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(descriptor.Principles.Select(p => p.ToString()), rule.GetProperty("properties").GetProperty("principles").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(descriptor.Claims.Select(p => p.ToString()), rule.GetProperty("properties").GetProperty("claims").EnumerateArray().Select(p => p.GetString()));
        }

        Assert.True(run.GetProperty("originalUriBaseIds").TryGetProperty("%SRCROOT%", out _));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        foreach (var r in results)
        {
            var ruleIndex = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[ruleIndex].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            Assert.True(r.GetProperty("partialFingerprints").EnumerateObject().Any());
            if (r.TryGetProperty("kind", out var kind))
            {
                Assert.Equal("informational", kind.GetString());
                Assert.Equal("none", r.GetProperty("level").GetString());
            }
        }

        var secret = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "CA-SECRETS-001");
        Assert.Equal("error", secret.GetProperty("level").GetString());
        var physical = Assert.Single(secret.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("src/app%20config.py", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(2, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", secret.GetProperty("partialFingerprints").GetProperty("codeassure/finding/v1").GetString());
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "CA-VDP-001" && r.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public async Task Skipped_checks_are_tool_notifications_not_results()
    {
        _repo.WriteSecurityPolicy();

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "sarif", "--db", _repo.NoIndex);

        using var sarif = JsonDocument.Parse(result.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "CA-VULN-001");
        Assert.DoesNotContain(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CA-VULN-001");
    }

    [Fact]
    public async Task The_format_is_inferred_from_the_output_file_extension_and_fail_on_still_decides_the_exit_code()
    {
        _repo.Write("settings.py", $"KEY = \"{ScanRepository.FakeKey}\"\n");
        _repo.WriteSecurityPolicy();
        var sarifFile = Path.Combine(_repo.Root, "..", Path.GetFileName(_repo.Root) + ".sarif");
        var htmlFile = Path.Combine(_repo.Root, "..", Path.GetFileName(_repo.Root) + ".html");
        try
        {
            var sarif = await CliRunner.RunAsync("scan", _repo.Root, "-o", sarifFile, "--fail-on", "none", "--db", _repo.NoIndex);
            var html = await CliRunner.RunAsync("scan", _repo.Root, "-o", htmlFile, "--fail-on", "critical", "--db", _repo.NoIndex);
            var explicitJson = await CliRunner.RunAsync("scan", _repo.Root, "-o", sarifFile + ".txt", "--format", "json", "--db", _repo.NoIndex);

            Assert.Equal(0, sarif.ExitCode); // --fail-on none: the high secret is reported, not failed on
            Assert.Equal("", sarif.Out);
            Assert.Equal("2.1.0", JsonDocument.Parse(await File.ReadAllTextAsync(sarifFile)).RootElement.GetProperty("version").GetString());
            Assert.Equal(0, html.ExitCode); // the AWS key is high, below critical
            Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(htmlFile), StringComparison.Ordinal);
            Assert.Equal(1, explicitJson.ExitCode);
            Assert.Equal("1.0", JsonDocument.Parse(await File.ReadAllTextAsync(sarifFile + ".txt")).RootElement.GetProperty("schemaVersion").GetString());
        }
        finally
        {
            File.Delete(sarifFile);
            File.Delete(htmlFile);
            File.Delete(sarifFile + ".txt");
        }
    }
}
