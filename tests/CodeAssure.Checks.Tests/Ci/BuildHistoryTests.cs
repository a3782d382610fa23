using System.Diagnostics;
using CodeAssure.Checks.Ci.History;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Ci;

public sealed class BuildHistoryTests : IDisposable
{
    private readonly CiRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-C", _repo.Root, "-c", "user.name=Ada Builder", "-c", "user.email=ada@example.com", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    [Fact]
    public async Task Records_who_changed_which_build_file_and_when()
    {
        Git("init", "-q", "-b", "main");
        _repo.Write(".github/workflows/ci.yml", "on: push\n").Write("README.md", "# app\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "Add CI");
        _repo.Write("README.md", "# app, documented\n");
        Git("commit", "-q", "-am", "Docs only");
        _repo.Write("Directory.Build.props", "<Project />");
        Git("add", ".");
        Git("commit", "-q", "-m", "Build properties");

        var outcome = await new BuildHistoryCheck().RunAsync(new ScanContext(_repo.Root, TimeProvider.System), CancellationToken.None);

        Assert.Equal(CheckStatus.Passed, outcome.Status);
        Assert.Equal("3", outcome.Facts["commitsRead"]);
        Assert.Equal("2", outcome.Facts["buildChanges"]);
        Assert.Contains("Ada Builder: Build properties [Directory.Build.props]", outcome.Facts["change.001"], StringComparison.Ordinal);
        Assert.Contains("Ada Builder: Add CI [.github/workflows/ci.yml]", outcome.Facts["change.002"], StringComparison.Ordinal);
        Assert.Contains("Ada Builder", outcome.Facts["lastChange:.github/workflows/ci.yml"], StringComparison.Ordinal);
        Assert.False(outcome.Facts.ContainsKey("lastChange:README.md"));
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_is_skipped_with_a_note()
    {
        _repo.Write("Dockerfile", "FROM scratch\n");

        var outcome = await new BuildHistoryCheck().RunAsync(new ScanContext(_repo.Root, TimeProvider.System), CancellationToken.None);

        Assert.Equal(CheckStatus.Skipped, outcome.Status);
        Assert.Contains("not a git repository", outcome.Note, StringComparison.Ordinal);
    }
}
