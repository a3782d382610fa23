using CodeAssure.Checks.Ci;
using CodeAssure.Checks.Ci.Owners;
using CodeAssure.Checks.Framework;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Ci;

/// <summary>CodeAssure practises what it checks: its own CI and build files give no findings.</summary>
public sealed class RepositorySelfScanTests
{
    [Fact]
    public async Task This_repository_has_no_ci_findings_and_every_build_file_has_an_owner()
    {
        var root = ConformanceData.RepositoryRoot;
        var context = new ScanContext(root, TimeProvider.System, Exclude: ScanContext.ReadIgnoreFile(root));

        var ci = new CiScanner().Scan(root, context.Exclude);
        var owners = await new CodeOwnersCheck().RunAsync(context, CancellationToken.None);

        Assert.True(ci.Findings.Count == 0, string.Join("; ", ci.Findings.Select(f => $"{f.Location?.Path}:{f.Location?.Line} {f.CheckId} {f.Message}")));
        Assert.Equal(CheckStatus.Passed, owners.Status);
        Assert.Equal("0", owners.Facts["unownedBuildFiles"]);
    }
}
