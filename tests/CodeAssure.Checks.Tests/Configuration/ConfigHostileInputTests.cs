using CodeAssure.Checks.Composition;
using CodeAssure.Checks.Distribution;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.SecureDefaults;
using CodeAssure.Checks.Support;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>Bad input never crashes a configuration check: non-UTF-8, binary, huge, unreadable and pathological files.</summary>
public sealed class ConfigHostileInputTests
{
    private static readonly ICheck[] Checks =
    [
        new LockFilePresenceCheck(), new DependencyPinningCheck(), new DefaultPasswordsCheck(), new TlsValidationCheck(), new DebugModeCheck(),
        new ReleaseSigningCheck(), new ReleaseChecksumsCheck(), new DeterministicBuildCheck(), new SupportStatementCheck(), new EndOfSupportNoticeCheck(),
    ];

    [Fact]
    public async Task Hostile_files_never_crash_any_check()
    {
        using var folder = new ScratchFolder();
        // Latin-1 bytes (not UTF-8) around a default password: still read, with U+FFFD for the bad bytes.
        folder.WriteBytes("config/app.properties", [.. "db.password=admin\nname=caf"u8.ToArray(), 0xE9, 0xFF, 0xFE, (byte)'\n']);
        folder.WriteBytes("appsettings.json", [0x7B, 0x00, 0x22, 0x00, 0xFF]); // binary: skipped
        folder.Write("package.json", "{ \"dependencies\": { \"ms\": ");
        folder.Write("go.mod", "replace (\n");
        folder.Write("SUPPORT.md", "| end of support |\n|---|\n| |\n| 99/99/9999 |\n" + new string('|', 20_000) + "\nuntil " + string.Concat(Enumerable.Repeat("31 March ", 5000)) + "\n");
        folder.Write("support-lifecycle.json", new string('[', 10_000));
        folder.Write("Dockerfile", "FROM\nFROM --platform=linux/amd64\n" + new string('a', 100_000) + "\n");
        folder.Write("db/seed.sql", "INSERT INTO users (name, password) VALUES ('a', 'b\n" + new string('(', 50_000));
        folder.Write("huge.yaml", "password: admin\n" + new string('x', (int)RepositoryTextFiles.MaxFileBytes + 10));
        folder.Write(".github/workflows/release.yml", "on:\n  release:\n" + string.Concat(Enumerable.Repeat("curl -k ", 20_000)));
        var locked = folder.Write("locked/application.properties", "spring.datasource.password=admin\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        foreach (var check in Checks)
        {
            var outcome = await ConfigFixture.RunAsync(check, folder.Root);
            Assert.NotEqual(CheckStatus.Error, outcome.Status);
        }

        var passwords = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), folder.Root);
        Assert.Contains(passwords.Findings, f => f.Location!.Path == "config/app.properties");
        Assert.DoesNotContain(passwords.Findings, f => f.Location!.Path == "huge.yaml" || f.Location.Path == "appsettings.json");
        var support = await ConfigFixture.RunAsync(new SupportStatementCheck(), folder.Root);
        Assert.Contains(support.Findings, f => f.RuleId == "invalid-lifecycle-file");
    }

    [Fact]
    public async Task Excluded_paths_are_not_read()
    {
        using var folder = new ScratchFolder();
        folder.Write("deploy/fixtures/appsettings.json", "{ \"Password\": \"admin\" }");

        var all = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), folder.Root);
        var excluded = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), folder.Root, exclude: ["deploy/fixtures/"]);

        Assert.Single(all.Findings);
        Assert.Empty(excluded.Findings);
    }

    [Fact]
    public async Task Gitignored_files_are_not_read()
    {
        using var folder = new ScratchFolder();
        folder.Write(".gitignore", ".env\n");
        folder.Write(".env", "POSTGRES_PASSWORD=postgres\n");

        var outcome = await ConfigFixture.RunAsync(new DefaultPasswordsCheck(), folder.Root);

        Assert.Empty(outcome.Findings);
    }
}
