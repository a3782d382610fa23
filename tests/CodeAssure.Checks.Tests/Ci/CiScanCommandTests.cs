using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Ci;

/// <summary>`codeassure scan` on a repository with CI definitions: the CI checks appear in the bundle with their claims.</summary>
public sealed class CiScanCommandTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Ci_checks_appear_in_the_bundle_with_their_claims_and_findings()
    {
        _repo.Write("SECURITY.md", "Report vulnerabilities privately to security@example.com; we acknowledge within 3 working days, fix critical issues within 7 days and publish an advisory.\n")
            .Write(".github/workflows/triage.yml", """
                on: issue_comment
                jobs:
                  reply:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: peter-evans/create-or-update-comment@v4
                      - run: echo "${{ github.event.comment.body }}"
                """)
            .Write("CODEOWNERS", "* @acme/maintainers\n");

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", Path.Combine(_repo.Root, "none.idx"));

        Assert.Equal(1, result.ExitCode); // the script injection is High
        using var bundle = JsonDocument.Parse(result.Out);
        var checks = bundle.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal("failed", checks["CA-CI-001"].GetProperty("status").GetString());
        Assert.Equal("failed", checks["CA-CI-002"].GetProperty("status").GetString());
        Assert.Equal("failed", checks["CA-CI-005"].GetProperty("status").GetString());
        Assert.Equal("passed", checks["CA-CI-020"].GetProperty("status").GetString());
        Assert.Equal("passed", checks["CA-CI-030"].GetProperty("status").GetString());
        Assert.Equal("passed", checks["CA-CI-004"].GetProperty("status").GetString());
        Assert.Equal("skipped", checks["CA-CI-040"].GetProperty("status").GetString());
        Assert.Contains("2.2.2", checks["CA-CI-001"].GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("2.1.3", checks["CA-CI-002"].GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("2.1.4", checks["CA-CI-006"].GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        var claims = bundle.RootElement.GetProperty("principles").EnumerateArray().SelectMany(p => p.GetProperty("claims").EnumerateArray())
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("not-met", claims["2.1.3"]);
    }

    [Fact]
    public async Task Hostile_ci_files_do_not_break_the_scan()
    {
        _repo.Write(".gitlab-ci.yml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n")
            .WriteBytes("azure-pipelines.yml", [.. "steps:\n  - script: echo "u8, 0xC3, 0x28, (byte)'\n']);

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "json", "--db", Path.Combine(_repo.Root, "none.idx"));

        Assert.Equal("", result.Error);
        using var bundle = JsonDocument.Parse(result.Out);
        var definitions = bundle.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "CA-CI-030");
        Assert.Equal(2, definitions.GetProperty("findings").GetArrayLength());
        Assert.DoesNotContain(bundle.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("status").GetString() == "error");
    }
}
