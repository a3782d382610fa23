using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>`codeassure scan` as Markdown, HTML and table, from real scans of a small repository.</summary>
public sealed class ScanDocumentTests : IDisposable
{
    private readonly ScanRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Markdown_has_a_summary_per_theme_principles_and_findings_with_file_and_line_redacted()
    {
        _repo.WriteSecurityPolicy();
        _repo.Write("deploy/a|b`c.env", $"\nAWS_ACCESS_KEY_ID={ScanRepository.FakeKey}\n");

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "md", "--db", _repo.NoIndex);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(ScanRepository.FakeKey, result.Out, StringComparison.Ordinal);
        Assert.Contains("## Summary by theme (claims)", result.Out, StringComparison.Ordinal);
        Assert.Contains("| 1. Secure design and development |", result.Out, StringComparison.Ordinal);
        Assert.Contains("### Theme 3:", result.Out, StringComparison.Ordinal);
        Assert.Contains("### CA-SECRETS-001 Hard-coded secrets", result.Out, StringComparison.Ordinal);
        var row = Assert.Single(result.Out.Split('\n'), l => l.Contains("a\\|b\\`c.env:2", StringComparison.Ordinal));
        Assert.Contains("AKIA\\*\\*\\*\\*", row, StringComparison.Ordinal);
        // Five cells: six unescaped pipes, whatever the file name holds.
        Assert.Equal(6, MarkdownRow.CellSeparators(row));
    }

    [Fact]
    public async Task Html_is_one_self_contained_page_with_a_per_principle_view_and_hostile_names_encoded()
    {
        _repo.Write("<script>alert(1)</x\"q'.env".Replace("/", "_", StringComparison.Ordinal), $"AWS_ACCESS_KEY_ID={ScanRepository.FakeKey}\n");
        _repo.Write("<img src=x onerror=alert(1)>/k.env", $"AWS_ACCESS_KEY_ID={ScanRepository.FakeKey}\n");

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--format", "html", "--db", _repo.NoIndex);

        var html = result.Out;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ScanRepository.FakeKey, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;_x&quot;q&#39;.env", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;/k.env", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Theme 1: Secure design and development</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>1.4.5</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#CA-SECRETS-001\">CA-SECRETS-001</a>", html, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_ends_with_claim_counts_per_theme_and_writes_no_progress_when_stderr_is_not_a_terminal()
    {
        _repo.WriteSecurityPolicy();

        var result = await CliRunner.RunAsync("scan", _repo.Root, "--db", _repo.NoIndex);

        var lines = result.Out.TrimEnd().Split('\n');
        Assert.Contains("Claims by theme", lines[^5], StringComparison.Ordinal);
        Assert.StartsWith("  1. Secure design", lines[^4], StringComparison.Ordinal);
        Assert.StartsWith("  4. Communication", lines[^1], StringComparison.Ordinal);
        Assert.Equal("", result.Error);
        Assert.DoesNotContain("scanning [", result.Out, StringComparison.Ordinal);
    }
}
