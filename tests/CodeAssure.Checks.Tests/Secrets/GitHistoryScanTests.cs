using System.Diagnostics;
using CodeAssure.Checks.Secrets;

namespace CodeAssure.Checks.Tests.Secrets;

public sealed class GitHistoryScanTests
{
    [Fact]
    public async Task Finds_a_secret_removed_from_the_working_tree_attributed_to_its_earliest_commit()
    {
        using var repo = new TempFolder();
        Git(repo.Path, "init", "-q", "-b", "main");
        repo.Write("README.md", "# demo\n");
        Git(repo.Path, "add", ".");
        Git(repo.Path, "commit", "-q", "-m", "first");
        var key = SecretRuleCases.AwsExampleKeyId;
        repo.Write("config/app.env", $"REGION=eu-west-2\nAWS_ACCESS_KEY_ID={key}\n");
        repo.Write("deploy.sh", "#!/bin/sh\necho hi\n" + Fake.Pem("OPENSSH PRIVATE KEY"));
        Git(repo.Path, "add", ".");
        Git(repo.Path, "commit", "-q", "-m", "add config", "--author", "Alice Example <alice@example.test>");
        var added = Git(repo.Path, "rev-parse", "HEAD").Trim();
        repo.Write("config/app.env", $"REGION=eu-west-2\n# moved\nAWS_ACCESS_KEY_ID={key}\n"); // the same secret again, later
        Git(repo.Path, "commit", "-q", "-am", "touch");
        repo.Write("config/app.env", "REGION=eu-west-2\n");
        File.Delete(Path.Combine(repo.Path, "deploy.sh"));
        Git(repo.Path, "commit", "-q", "-am", "remove secrets");

        var tree = await new SecretScanner().ScanDirectoryAsync(repo.Path);
        var history = await new SecretScanner().ScanHistoryAsync(repo.Path);

        Assert.Empty(tree.Findings);
        Assert.Equal(2, history.Findings.Count);
        var aws = Assert.Single(history.Findings, f => f.RuleId == "aws-access-key-id");
        Assert.Equal("config/app.env", aws.Location!.Path);
        Assert.Equal(2, aws.Location.Line);
        Assert.Equal(added, aws.Location.Commit);
        Assert.Equal("Alice Example <alice@example.test>", aws.Location.Author);
        Assert.Equal("AKIA****************", aws.Value);
        var ssh = Assert.Single(history.Findings, f => f.RuleId == "private-key-openssh");
        Assert.Equal(("deploy.sh", 3), (ssh.Location!.Path, ssh.Location.Line));
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_is_a_clear_error()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SecretScanner().ScanHistoryAsync(folder.Path));

        Assert.Contains("git log failed", error.Message, StringComparison.Ordinal);
    }

    private static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("user.name=Test");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("user.email=test@example.test");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("commit.gpgsign=false");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }
}
