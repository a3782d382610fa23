using System.Text.Json;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>`codeassure scan --baseline` and `--history`, wired into the hard-coded secrets check.</summary>
public sealed class ScanSecretsOptionsTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScanRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task A_baseline_written_by_secrets_scan_accepts_the_findings_in_scan()
    {
        _repo.WriteSecurityPolicy();
        _repo.Write("settings.py", $"KEY = \"{ScanRepository.FakeKey}\"\n");
        var baseline = Path.Combine(_repo.Root, "..", Path.GetFileName(_repo.Root) + ".baseline.json");
        try
        {
            var before = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", _repo.NoIndex);
            var written = await CliRunner.RunAsync("secrets", "scan", _repo.Root, "--write-baseline", baseline);

            var after = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--baseline", baseline, "--db", _repo.NoIndex);

            Assert.Equal(1, before.ExitCode);
            Assert.Equal(0, written.ExitCode);
            Assert.Equal(0, after.ExitCode);
            var secrets = SecretsCheck(after.Out);
            Assert.Equal("passed", secrets.GetProperty("status").GetString());
            Assert.Equal("1", secrets.GetProperty("facts").GetProperty("suppressed").GetString());
        }
        finally
        {
            File.Delete(baseline);
        }
    }

    [Fact]
    public async Task Excluded_paths_are_not_scanned_for_secrets_whether_from_the_option_or_the_ignore_file()
    {
        _repo.WriteSecurityPolicy();
        _repo.Write("samples/settings.py", $"KEY = \"{ScanRepository.FakeKey}\"\n");

        var scanned = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", _repo.NoIndex);
        var excluded = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--exclude", "samples/", "--db", _repo.NoIndex);
        _repo.Write(".codeassureignore", "# examples\nsamples/\n");
        var ignored = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", _repo.NoIndex);

        Assert.Equal("failed", SecretsCheck(scanned.Out).GetProperty("status").GetString());
        Assert.Equal("passed", SecretsCheck(excluded.Out).GetProperty("status").GetString());
        Assert.Equal("passed", SecretsCheck(ignored.Out).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_missing_baseline_is_a_usage_error_and_a_broken_one_a_clear_error()
    {
        var broken = _repo.Write("baseline.json", "{\"version\": 1, \"accepted\": [{\"fingerprint\": \"nope\"}]}");

        var missing = await CliRunner.RunAsync("scan", _repo.Root, "--baseline", Path.Combine(_repo.Root, "none.json"), "--db", _repo.NoIndex);
        var bad = await CliRunner.RunAsync("scan", _repo.Root, "--baseline", broken, "--db", _repo.NoIndex);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("baseline file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("codeassure: ", bad.Error, StringComparison.Ordinal);
        Assert.Contains("fingerprint", bad.Error, StringComparison.Ordinal);
        Assert.Single(bad.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task History_finds_a_removed_secret_with_its_commit_and_author_in_every_format()
    {
        if (!ScanRepository.GitAvailable())
        {
            output.WriteLine("git is not on PATH: the --history scan cannot be tested here");
            return;
        }

        _repo.Git("init", "-q", "-b", "main");
        _repo.WriteSecurityPolicy();
        _repo.Write("config/app settings.env", $"REGION=eu-west-2\nAWS_ACCESS_KEY_ID={ScanRepository.OtherFakeKey}\n");
        _repo.Git("add", ".");
        _repo.Git("commit", "-q", "-m", "add config", "--author", "Alice Example <alice@example.test>");
        var added = _repo.Git("rev-parse", "HEAD").Trim();
        _repo.Write("config/app settings.env", "REGION=eu-west-2\n");
        _repo.Git("commit", "-q", "-am", "remove the key");

        var tree = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", _repo.NoIndex);
        var history = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--history", "--db", _repo.NoIndex);
        var sarif = await CliRunner.RunAsync("scan", _repo.Root, "--format", "sarif", "--history", "--db", _repo.NoIndex);
        var markdown = await CliRunner.RunAsync("scan", _repo.Root, "--format", "md", "--history", "--db", _repo.NoIndex);

        Assert.Equal(0, tree.ExitCode);
        Assert.Equal("passed", SecretsCheck(tree.Out).GetProperty("status").GetString());
        Assert.Equal(1, history.ExitCode);
        var check = SecretsCheck(history.Out);
        var finding = Assert.Single(check.GetProperty("findings").EnumerateArray());
        var location = finding.GetProperty("location");
        Assert.Equal("config/app settings.env", location.GetProperty("path").GetString());
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(added, location.GetProperty("commit").GetString());
        Assert.Equal("Alice Example <alice@example.test>", location.GetProperty("author").GetString());
        Assert.Equal("scanned", check.GetProperty("facts").GetProperty("history").GetString());
        foreach (var text in new[] { history.Out, sarif.Out, markdown.Out })
        {
            Assert.DoesNotContain(ScanRepository.OtherFakeKey, text, StringComparison.Ordinal);
        }

        using var log = JsonDocument.Parse(sarif.Out);
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CA-SECRETS-001");
        Assert.Equal(added, result.GetProperty("properties").GetProperty("commit").GetString());
        Assert.Contains($"config/app settings.env:2:19 @{added[..12]} \\(Alice Example", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_on_a_folder_that_is_not_a_repository_keeps_the_working_tree_result_and_says_why()
    {
        _repo.WriteSecurityPolicy();

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--history", "--db", _repo.NoIndex);

        var check = SecretsCheck(result.Out);
        Assert.Equal("passed", check.GetProperty("status").GetString());
        Assert.StartsWith("git history not scanned", check.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("not scanned", check.GetProperty("facts").GetProperty("history").GetString());
    }

    private static JsonElement SecretsCheck(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "CA-SECRETS-001").Clone();
}
