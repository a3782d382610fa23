using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvCommandTests
{
    private static string Linter => ConformanceData.PathOf("osv", "osv-schema", "tools", "osv-linter", "testdata");

    [Fact]
    public async Task Import_prints_a_summary_and_lists_skipped_records_on_stderr()
    {
        using var folder = new TemporaryFolder();

        var result = await CliRunner.RunAsync("osv", "import", Linter, "--db", folder.Index);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read 11, added 9, replaced 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("skipped 2", result.Out, StringComparison.Ordinal);
        Assert.Contains("Alpine", result.Out, StringComparison.Ordinal);
        Assert.Contains("codeassure: skipped", result.Error, StringComparison.Ordinal);
        Assert.Contains("nointroduced-CVE-2023-41045.json", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Index));
    }

    [Fact]
    public async Task Import_as_JSON_gives_counts_per_source_and_ecosystem()
    {
        using var folder = new TemporaryFolder();

        var result = await CliRunner.RunAsync("osv", "import", Linter, "--db", folder.Index, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(11, json.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal("imported", json.RootElement.GetProperty("sources")[0].GetProperty("status").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("readByEcosystem").GetProperty("PyPI").GetInt32());
    }

    [Fact]
    public async Task Import_exits_1_when_nothing_could_be_imported()
    {
        using var folder = new TemporaryFolder();
        folder.Write("bad/a.json", "{ not json");

        var result = await CliRunner.RunAsync("osv", "import", folder.File("bad"), "--db", folder.Index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_exits_1_when_a_source_fails_but_keeps_what_it_could_read()
    {
        using var folder = new TemporaryFolder();

        var result = await CliRunner.RunAsync("osv", "import", folder.File("nowhere"), Linter, "--db", folder.Index);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("codeassure: cannot import", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Index));
    }

    [Fact]
    public async Task Import_without_a_source_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("osv", "import");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_shows_counts_per_ecosystem_and_sources()
    {
        using var folder = new TemporaryFolder();
        await CliRunner.RunAsync("osv", "import", Linter, "--db", folder.Index);

        var table = await CliRunner.RunAsync("osv", "stats", "--db", folder.Index);
        var json = await CliRunner.RunAsync("osv", "stats", "--db", folder.Index, "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("records 9,", table.Out, StringComparison.Ordinal);
        Assert.Contains(Linter, table.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(9, root.GetProperty("records").GetInt32());
        Assert.Equal(new FileInfo(folder.Index).Length, root.GetProperty("fileSize").GetInt64());
        Assert.Contains(root.GetProperty("ecosystems").EnumerateArray(), e => e.GetProperty("ecosystem").GetString() == "Go" && e.GetProperty("records").GetInt32() == 2);
        Assert.Equal(Linter, root.GetProperty("sources")[0].GetProperty("location").GetString());
    }

    [Fact]
    public async Task Stats_without_an_index_says_to_import_first()
    {
        using var folder = new TemporaryFolder();

        var result = await CliRunner.RunAsync("osv", "stats", "--db", folder.Index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"codeassure: no OSV index at {folder.Index}; run 'codeassure osv import <path|url>' first", result.Error.Trim());
    }

    [Fact]
    public async Task Stats_on_a_damaged_index_fails_in_one_line()
    {
        using var folder = new TemporaryFolder();
        await CliRunner.RunAsync("osv", "import", Linter, "--db", folder.Index);
        var bytes = await File.ReadAllBytesAsync(folder.Index);
        await File.WriteAllBytesAsync(folder.Index, bytes[..(bytes.Length / 2)]);

        var result = await CliRunner.RunAsync("osv", "stats", "--db", folder.Index);

        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("truncated", result.Error, StringComparison.Ordinal);
    }
}
