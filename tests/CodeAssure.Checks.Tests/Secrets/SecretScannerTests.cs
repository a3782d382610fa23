using CodeAssure.Checks.Secrets;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Secrets;

public sealed class SecretScannerTests
{
    private static string AwsLine => $"aws_access_key_id = {SecretRuleCases.AwsExampleKeyId}\n";

    [Fact]
    public async Task Scans_text_files_and_skips_excluded_folders()
    {
        using var folder = new TempFolder();
        folder.Write("src/config.py", AwsLine);
        foreach (var excluded in new[] { ".git", "node_modules/pkg", "bin/Debug", "obj", "vendor/lib", "third_party/x" })
        {
            folder.Write($"{excluded}/leak.txt", AwsLine);
        }

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("src/config.py", finding.Location!.Path);
        Assert.Equal(1, result.FilesScanned);
    }

    [Fact]
    public async Task Honours_root_and_nested_gitignore_with_globs_negation_and_directory_patterns()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "# comment\n*.log\n/build/\n**/secrets/**\n!keep.log\ncache/\n");
        folder.Write("app.log", AwsLine);
        folder.Write("keep.log", AwsLine);
        folder.Write("build/out.txt", AwsLine);
        folder.Write("src/build/kept.txt", AwsLine); // "/build/" is anchored to the root
        folder.Write("a/b/secrets/c/key.txt", AwsLine);
        folder.Write("deep/cache/x.txt", AwsLine);
        folder.Write("cache", AwsLine); // "cache/" only matches folders
        folder.Write("sub/.gitignore", "*.txt\n!wanted.txt\n");
        folder.Write("sub/unwanted.txt", AwsLine);
        folder.Write("sub/wanted.txt", AwsLine);
        folder.Write("sub/other.cfg", AwsLine);

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        Assert.Equal(["cache", "keep.log", "src/build/kept.txt", "sub/other.cfg", "sub/wanted.txt"], result.Findings.Select(f => f.Location!.Path));
    }

    [Fact]
    public async Task Gitignore_can_be_turned_off()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "*.log\n");
        folder.Write("app.log", AwsLine);

        var result = await new SecretScanner(new SecretScanOptions { RespectGitIgnore = false }).ScanDirectoryAsync(folder.Path);

        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Skips_binary_files_and_reports_huge_files()
    {
        using var folder = new TempFolder();
        var binary = System.Text.Encoding.UTF8.GetBytes("\0\0\0" + AwsLine);
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "image.bin"), binary);
        folder.Write("huge.txt", AwsLine + new string('x', 2048));

        var result = await new SecretScanner(new SecretScanOptions { MaxFileBytes = 1024 }).ScanDirectoryAsync(folder.Path);

        Assert.Empty(result.Findings);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("huge.txt", skipped.Path);
        Assert.Contains("larger than 1024 bytes", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(0, result.FilesScanned);
    }

    [Fact]
    public async Task Invalid_utf8_around_a_secret_is_tolerated()
    {
        using var folder = new TempFolder();
        byte[] bytes = [0xC3, 0x28, 0xFF, (byte)' ', .. System.Text.Encoding.ASCII.GetBytes(AwsLine), 0xE2, 0x82];
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "latin.txt"), bytes);

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        Assert.Equal("aws-access-key-id", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Never_follows_symlinked_folders_and_reports_link_loops()
    {
        using var outside = new TempFolder();
        outside.Write("leak.txt", AwsLine);
        using var folder = new TempFolder();
        folder.Write("real.txt", "nothing here\n");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "linked"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "self"), folder.Path);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop-a"), Path.Combine(folder.Path, "loop-b"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop-b"), Path.Combine(folder.Path, "loop-a"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "file-link.txt"), Path.Combine(outside.Path, "leak.txt"));

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        // A link to a file is read like the file; links to folders are not entered.
        Assert.Equal("file-link.txt", Assert.Single(result.Findings).Location!.Path);
        Assert.Contains(result.Skipped, s => s.Path == "linked" && s.Reason.Contains("not followed", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Path == "self");
        Assert.Contains(result.Skipped, s => s.Path == "loop-a" && s.Reason.Contains("loop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreadable_files_and_broken_links_are_reported_and_skipped()
    {
        using var folder = new TempFolder();
        var file = folder.Write("locked.txt", AwsLine);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.txt"), Path.Combine(folder.Path, "missing.txt"));
        var canLock = !OperatingSystem.IsWindows() && Environment.UserName != "root"; // root reads whatever the mode
        if (canLock && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.None);
        }

        var result = await new SecretScanner().ScanDirectoryAsync(folder.Path);

        Assert.Contains(result.Skipped, s => s.Path == "dangling.txt" && s.Reason == "broken symbolic link");
        if (canLock)
        {
            Assert.Contains(result.Skipped, s => s.Path == "locked.txt" && s.Reason.StartsWith("not readable", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new SecretScanner().ScanDirectoryAsync("/no/such/folder/here"));
        Assert.Contains("/no/such/folder/here", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key = {0} # codeassure:allow")]
    [InlineData("key = {0} // codeassure:allow aws-access-key-id")]
    [InlineData("key = {0} <!-- codeassure:allow CA-SECRETS-001 -->")]
    [InlineData("# codeassure:allow test fixture, revoked\nkey = {0}")]
    [InlineData("/* codeassure:allow jwt, aws-access-key-id */\nkey = {0}")]
    public void Allow_comment_on_the_line_or_the_line_above_suppresses(string template)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, SecretRuleCases.AwsExampleKeyId);

        Assert.Empty(new SecretScanner().ScanText(text, "a.txt"));
    }

    [Theory]
    [InlineData("key = {0} # codeassure:allow jwt")]
    [InlineData("# codeassure:allow\n\nkey = {0}")]
    [InlineData("key = {0}\n# codeassure:allow")]
    public void Allow_comment_for_another_rule_or_another_line_does_not_suppress(string template)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, SecretRuleCases.AwsExampleKeyId);

        Assert.Single(new SecretScanner().ScanText(text, "a.txt"));
    }

    [Fact]
    public async Task Baseline_written_from_findings_suppresses_them_and_only_them()
    {
        using var folder = new TempFolder();
        folder.Write("old.txt", AwsLine);
        var first = await new SecretScanner().ScanDirectoryAsync(folder.Path);
        var baselinePath = Path.Combine(folder.Path, "baseline.json");
        await SecretBaseline.FromFindings(first.Findings, "revoked in 2024").SaveAsync(baselinePath);
        folder.Write("new.txt", $"token = ghp_{Fake.Alphanumeric(36)}\n");

        var baseline = await SecretBaseline.LoadAsync(baselinePath);
        var second = await new SecretScanner(new SecretScanOptions { Baseline = baseline }).ScanDirectoryAsync(folder.Path);

        Assert.Equal("new.txt", Assert.Single(second.Findings).Location!.Path);
        Assert.Equal(1, second.Suppressed);
        var entry = Assert.Single(baseline.Accepted);
        Assert.Equal(("aws-access-key-id", "old.txt", "revoked in 2024"), (entry.RuleId, entry.Path, entry.Reason));
        var json = await File.ReadAllTextAsync(baselinePath);
        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("IOSFODNN", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"version\": 2, \"accepted\": []}", "\"version\" must be 1")]
    [InlineData("{\"version\": 1}", "\"accepted\" must be an array")]
    [InlineData("{\"version\": 1, \"accepted\": [{\"fingerprint\": \"abc\"}]}", "accepted[0].fingerprint")]
    public async Task Malformed_baseline_is_rejected_with_a_clear_error(string json, string expected)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SecretBaseline.ReadAsync(stream, "b.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("b.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_is_sha256_of_rule_path_and_secret_and_differs_by_each()
    {
        var a = SecretRedaction.Fingerprint("r", "p", "s");
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.Equal(a, SecretRedaction.Fingerprint("r", "p", "s"));
        Assert.NotEqual(a, SecretRedaction.Fingerprint("r2", "p", "s"));
        Assert.NotEqual(a, SecretRedaction.Fingerprint("r", "p2", "s"));
        Assert.NotEqual(a, SecretRedaction.Fingerprint("r", "p", "s2"));
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPL", "AKIA***************")]
    [InlineData("changeme", "ch******")]
    [InlineData("abc", "***")]
    [InlineData("x", "*")]
    public void Redaction_shows_at_most_four_characters_and_never_more_than_a_quarter(string secret, string expected)
    {
        Assert.Equal(expected, SecretRedaction.Redact(secret));
    }

    [Fact]
    public async Task Scan_of_this_repository_finds_nothing()
    {
        var result = await new SecretScanner().ScanDirectoryAsync(ConformanceData.RepositoryRoot);

        Assert.True(result.FilesScanned > 100, $"only {result.FilesScanned} files scanned");
        Assert.True(result.Findings.Count == 0, "findings: " + string.Join("; ", result.Findings.Select(f => $"{f.Location!.Path}:{f.Location.Line} {f.RuleId} {f.Value}")));
    }
}
