using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.PackageUrls;

public sealed class PurlParseCommandTests
{
    [Fact]
    public async Task Prints_one_compact_json_line_with_components_and_canonical_form()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:NPM/%40angular/animation@12.3.1?b=2&a=1#x/./y");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(
            """{"type":"npm","namespace":"@angular","name":"animation","version":"12.3.1","qualifiers":{"a":"1","b":"2"},"subpath":"x/y","canonical":"pkg:npm/%40angular/animation@12.3.1?a=1&b=2#x/y"}""",
            result.Out.TrimEnd('\n'));
        Assert.Single(Lines(result.Out));
    }

    [Fact]
    public async Task Omits_absent_components()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:cargo/rand");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["type", "name", "canonical"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Invalid_single_purl_exits_1_with_one_line_on_stderr()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:npm/x%ZZ");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("codeassure: invalid purl 'pkg:npm/x%ZZ': invalid percent-encoding", result.Error, StringComparison.Ordinal);
        Assert.Single(Lines(result.Error));
    }

    [Fact]
    public async Task Invalid_purl_with_a_line_break_is_still_reported_on_one_line()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:npm/a\nb");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(Lines(result.Error));
        Assert.Contains("\\u000A", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_purls_give_one_line_each_and_errors_as_json_lines()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:npm/a@1", "not-a-purl", "pkg:pypi/Django_X");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        Assert.Equal("pkg:npm/a@1", Canonical(lines[0]));
        Assert.Equal("""{"input":"not-a-purl","error":"missing the 'pkg:' scheme"}""", lines[1]);
        Assert.Equal("pkg:pypi/django-x", Canonical(lines[2]));
    }

    [Fact]
    public async Task Several_valid_purls_exit_0()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "pkg:npm/a@1", "pkg:npm/b@2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["pkg:npm/a@1", "pkg:npm/b@2"], Lines(result.Out).Select(Canonical));
    }

    [Fact]
    public async Task Dash_reads_one_purl_per_line_from_stdin_skipping_blank_lines()
    {
        var result = await CliRunner.RunWithInputAsync("pkg:npm/a@1\r\n\n   \n  pkg:gem/rails@7.1.0  \n", "purl", "parse", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["pkg:npm/a@1", "pkg:gem/rails@7.1.0"], Lines(result.Out).Select(Canonical));
    }

    [Fact]
    public async Task Stdin_batch_reports_invalid_lines_in_place_and_exits_1_at_the_end()
    {
        var result = await CliRunner.RunWithInputAsync("pkg:npm/a\npkg:pypi/ns/x\npkg:npm/b\n", "purl", "parse", "-");

        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        using var error = JsonDocument.Parse(lines[1]);
        Assert.Equal("pkg:pypi/ns/x", error.RootElement.GetProperty("input").GetString());
        Assert.Contains("must not have a namespace", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("pkg:npm/b", Canonical(lines[2]));
    }

    [Fact]
    public async Task Empty_stdin_prints_nothing_and_succeeds()
    {
        var result = await CliRunner.RunWithInputAsync("", "purl", "parse", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Oversized_stdin_line_is_an_error_line_not_a_crash()
    {
        var result = await CliRunner.RunWithInputAsync("pkg:npm/" + new string('x', 70_000) + "\npkg:npm/ok\n", "purl", "parse", "-");

        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Contains("at most 65536 characters", lines[0], StringComparison.Ordinal);
        Assert.Equal("pkg:npm/ok", Canonical(lines[1]));
    }

    [Fact]
    public async Task Dash_mixed_with_purls_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("purl", "parse", "-", "pkg:npm/a");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_purl_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("purl", "parse");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    private static string? Canonical(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("canonical").GetString();
    }
}
