using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Secrets;

public sealed class SecretsCliTests
{
    [Fact]
    public async Task Scan_exits_1_with_a_redacted_table_when_a_secret_is_found()
    {
        using var folder = new TempFolder();
        folder.Write("app/settings.json", $"{{ \"key\": \"{SecretRuleCases.AwsExampleKeyId}\" }}\n");

        var result = await CliRunner.RunAsync("secrets", "scan", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 secret(s) found in 1 file(s) scanned", result.Out, StringComparison.Ordinal);
        Assert.Contains("app/settings.json:1:11  aws-access-key-id  AKIA****************", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("IOSFODNN", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_exits_0_on_a_clean_folder_and_writes_json()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "nothing to see\n");

        var result = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("filesScanned").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Write_baseline_then_scan_with_it_is_clean()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        folder.Write("a.env", $"GITHUB_TOKEN=ghp_{Fake.Alphanumeric(36)}\n");
        var baseline = Path.Combine(outside.Path, "baseline.json");

        var write = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--write-baseline", baseline, "--reason", "test token");
        var json = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--format", "json");
        var again = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--baseline", baseline);

        Assert.Equal(0, write.ExitCode);
        Assert.Equal(1, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var finding = document.RootElement.GetProperty("findings")[0];
        Assert.Equal("CA-SECRETS-001", finding.GetProperty("checkId").GetString());
        Assert.Equal("low", finding.GetProperty("level").GetString()); // random body: its checksum does not match
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 suppressed", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_folder_or_baseline_is_a_usage_error_and_a_malformed_baseline_an_invalid_document()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.json", "{\"version\": 9}");

        var missing = await CliRunner.RunAsync("secrets", "scan", "/no/such/folder");
        var noBaseline = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--baseline", "/no/such.json");
        var malformed = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--baseline", bad);

        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("codeassure: folder not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, noBaseline.ExitCode);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("\"version\" must be 1", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_of_a_folder_that_is_not_a_repository_fails_with_one_line()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync("secrets", "scan", folder.Path, "--history");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("codeassure: git log failed", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
