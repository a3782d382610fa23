using System.Text.Json;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Reports;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>`codeassure scan --list-checks`, and docs/checks.md kept equal to what it prints.</summary>
public sealed class CheckListTests
{
    [Fact]
    public async Task Docs_checks_md_lists_every_check_exactly_as_list_checks_prints_it()
    {
        var generated = await CliRunner.RunAsync("scan", "--list-checks", "--format", "md");
        var documented = await File.ReadAllTextAsync(Path.Combine(ConformanceData.RepositoryRoot, "docs", "checks.md"));

        Assert.Equal(0, generated.ExitCode);
        foreach (var check in EvidenceScanner.AllChecks)
        {
            Assert.Contains($"| {MarkdownText.Escape(check.Descriptor.Id)} |", generated.Out, StringComparison.Ordinal);
        }

        Assert.True(Normalize(documented) == Normalize(generated.Out),
            $"docs/checks.md is out of date with the checks' descriptors: regenerate it with `{CheckListWriter.RegenerateCommand}` (from the repository root, e.g. dotnet run --project src/CodeAssure.Cli -- scan --list-checks --format md > docs/checks.md)");
    }

    [Fact]
    public async Task List_checks_as_json_gives_each_descriptor()
    {
        var result = await CliRunner.RunAsync("scan", "--list-checks", "--format", "json");

        using var list = JsonDocument.Parse(result.Out);
        var ids = list.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(EvidenceScanner.AllChecks.Select(c => c.Descriptor.Id).Order(StringComparer.Ordinal), ids);
        Assert.All(list.RootElement.EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("remediation").GetString())));
    }

    [Fact]
    public async Task Scan_without_a_folder_or_with_list_checks_as_sarif_is_a_usage_error()
    {
        var noFolder = await CliRunner.RunAsync("scan");
        var sarif = await CliRunner.RunAsync("scan", "--list-checks", "--format", "sarif");

        Assert.Equal(2, noFolder.ExitCode);
        Assert.Equal(2, sarif.ExitCode);
    }

    [Fact]
    public async Task The_scanner_reports_progress_once_per_check_in_order()
    {
        using var repo = new ScanRepository();
        var seen = new List<ScanProgress>();
        var catalog = CodeAssure.Catalog.CodeCatalog.LoadEmbedded();
        catalog.TryGetRole("developer-distributor", out var role);

        var bundle = await new EvidenceScanner().ScanAsync(new ScanContext(repo.Root, TimeProvider.System, repo.NoIndex), catalog, role!, "test",
            new SynchronousProgress(seen.Add), CancellationToken.None);

        Assert.Equal(bundle.Checks.Select(c => c.Id), seen.Select(p => p.CheckId));
        Assert.Equal(Enumerable.Range(1, bundle.Checks.Count), seen.Select(p => p.Position));
        Assert.All(seen, p => Assert.Equal(bundle.Checks.Count, p.Total));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private sealed class SynchronousProgress(Action<ScanProgress> report) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value) => report(value);
    }
}
