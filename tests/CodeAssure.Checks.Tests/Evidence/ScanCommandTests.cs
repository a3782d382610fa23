using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Evidence;

/// <summary>`codeassure scan` on a small repository made in the test.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("codeassure-scan-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Writes_an_evidence_bundle_with_checks_and_claim_statuses()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "SECURITY.md"),
            "# Security\n\nReport vulnerabilities privately to security@example.com. We acknowledge reports within 3 working days, assess them within 10 days and fix critical issues within 7 days, then publish an advisory.\n");
        await File.WriteAllTextAsync(Path.Combine(_root, "package-lock.json"), """
            {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
             "packages": {"": {"name": "app", "version": "1.0.0", "dependencies": {"ms": "^2.1.3"}},
                          "node_modules/ms": {"version": "2.1.3", "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", "integrity": "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=="}}}
            """);
        var output = Path.Combine(_root, "bundle.json");

        var result = await CliRunner.RunAsync("scan", _root, "--format", "json", "-o", output, "--db", Path.Combine(_root, "none.idx"));

        Assert.Equal(0, result.ExitCode);
        using var bundle = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = bundle.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        var checks = root.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("passed", checks["CA-SBOM-001"]);
        Assert.Equal("passed", checks["CA-VDP-001"]);
        Assert.Equal("skipped", checks["CA-VULN-001"]);
        var claims = root.GetProperty("principles").EnumerateArray().SelectMany(p => p.GetProperty("claims").EnumerateArray())
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("met", claims["1.2.1"]);
        Assert.Equal("needs-human-evidence", claims["2.1.5"]);
        Assert.Equal(46, claims.Count);
    }

    [Fact]
    public async Task A_missing_security_policy_fails_the_scan_at_high()
    {
        var result = await CliRunner.RunAsync("scan", _root, "--db", Path.Combine(_root, "none.idx"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[FAIL] CA-VDP-001", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_in_codeassureignore_are_left_out()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "SECURITY.md"), "Report to security@example.com; we reply within 3 days and publish an advisory after a fix.");
        var fixtures = Directory.CreateDirectory(Path.Combine(_root, "tests", "Fixtures", "broken")).FullName;
        await File.WriteAllTextAsync(Path.Combine(fixtures, "package-lock.json"), "{ not json");
        var before = await CliRunner.RunAsync("scan", _root, "--format", "json", "--fail-on", "low", "--db", Path.Combine(_root, "none.idx"));
        await File.WriteAllTextAsync(Path.Combine(_root, ".codeassureignore"), "# fixtures\ntests/**/Fixtures/\n");

        var after = await CliRunner.RunAsync("scan", _root, "--format", "json", "--fail-on", "low", "--db", Path.Combine(_root, "none.idx"));

        Assert.Equal(1, before.ExitCode);
        // The file's path, not the word: remediation text in the bundle mentions package-lock.json too.
        Assert.Contains("tests/Fixtures/broken/package-lock.json", before.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("tests/Fixtures/broken/package-lock.json", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hard_coded_key_fails_the_secrets_check_and_is_redacted_in_the_bundle()
    {
        // Built at run time from parts, so no secret-shaped string is committed.
        var key = "AKIA" + "Z7QXJ3K5N2PYR4T6";
        await File.WriteAllTextAsync(Path.Combine(_root, "settings.py"), $"AWS_ACCESS_KEY_ID = \"{key}\"\n");

        var result = await CliRunner.RunAsync("scan", _root, "--format", "json", "--db", Path.Combine(_root, "none.idx"));

        using var bundle = JsonDocument.Parse(result.Out);
        var secrets = bundle.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "CA-SECRETS-001");
        Assert.Equal("failed", secrets.GetProperty("status").GetString());
        Assert.DoesNotContain(key, result.Out, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_missing_folder_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("scan", Path.Combine(_root, "nope"));

        Assert.Equal(2, result.ExitCode);
    }
}
