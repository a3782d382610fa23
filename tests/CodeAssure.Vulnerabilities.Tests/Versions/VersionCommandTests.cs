using CodeAssure.TestSupport;

namespace CodeAssure.Vulnerabilities.Tests.Versions;

public sealed class VersionCommandTests
{
    [Theory]
    [InlineData("Maven", "1.0-alpha", "1.0", "-1")]
    [InlineData("Debian", "1:0.9", "2.0", "1")]
    [InlineData("nuget", "1.0.0-Beta", "1.0.0-beta", "0")]
    [InlineData("Alpine:v3.18", "1.0_rc1", "1.0", "-1")]
    public async Task Compare_prints_minus_one_zero_or_one(string ecosystem, string left, string right, string expected)
    {
        var result = await CliRunner.RunAsync("version", "compare", "--ecosystem", ecosystem, left, right);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Out);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Compare_rejects_an_invalid_version_with_exit_1_and_one_line()
    {
        var result = await CliRunner.RunAsync("version", "compare", "-e", "npm", "1.2", "1.2.3");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("codeassure: '1.2' is not a valid npm version", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Compare_reads_pairs_from_stdin_one_result_per_line()
    {
        var result = await CliRunner.RunWithInputAsync("1.0.dev1 1.0a1\n1.0 1.0.0\n  1.0.post1\t1.0  \n", "version", "compare", "-e", "PyPI");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["-1", "0", "1"], Lines(result.Out));
    }

    [Fact]
    public async Task Compare_reports_bad_stdin_lines_in_place_and_exits_1_at_the_end()
    {
        var result = await CliRunner.RunWithInputAsync("1.0.0 2.0.0\njust-one\n1.0.0 x.y\n2.0.0 1.0.0\n", "version", "compare", "-e", "npm");

        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(4, lines.Length);
        Assert.Equal("-1", lines[0]);
        Assert.StartsWith("error: expected two versions", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("error: 'x.y' is not a valid npm version", lines[2], StringComparison.Ordinal);
        Assert.Equal("1", lines[3]);
    }

    [Fact]
    public async Task Compare_with_one_version_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("version", "compare", "-e", "npm", "1.0.0");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: expected two versions", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare", "Cobol")]
    [InlineData("sort", "Cobol")]
    [InlineData("sort", "")]
    public async Task Unknown_ecosystem_exits_2(string verb, string ecosystem)
    {
        var result = await CliRunner.RunWithInputAsync("1.0\n", "version", verb, "--ecosystem", ecosystem, "1.0", "2.0");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_ecosystem_exits_2()
    {
        var result = await CliRunner.RunAsync("version", "sort");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ecosystem", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_orders_stdin_ascending_and_keeps_equal_versions_in_input_order()
    {
        var input = "1.0\n\n1.0-sp\n1.0-alpha\n1.0.0\n1-1\n1.1\n1.0-SNAPSHOT\n";

        var result = await CliRunner.RunWithInputAsync(input, "version", "sort", "--ecosystem", "Maven");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1.0-alpha", "1.0-SNAPSHOT", "1.0", "1.0.0", "1.0-sp", "1-1", "1.1"], Lines(result.Out));
    }

    [Fact]
    public async Task Sort_orders_debian_versions_with_tilde_and_epochs()
    {
        var result = await CliRunner.RunWithInputAsync("1:0.1\n1.0\n1.0~rc1\n1.0-1\n", "version", "sort", "-e", "Debian:12");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1.0~rc1", "1.0", "1.0-1", "1:0.1"], Lines(result.Out));
    }

    [Fact]
    public async Task Sort_rejects_an_invalid_version_naming_its_line()
    {
        var result = await CliRunner.RunWithInputAsync("1.0.0\n\n1.0.0-01\n", "version", "sort", "-e", "NuGet");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("codeassure: line 3: '1.0.0-01' is not a valid NuGet version", result.Error, StringComparison.Ordinal);
        Assert.Single(Lines(result.Error));
    }

    [Fact]
    public async Task Sort_rejects_control_characters_without_echoing_them()
    {
        var result = await CliRunner.RunWithInputAsync("1.0.0\n1.0.0\u001b[2J\n", "version", "sort", "-e", "npm");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public async Task Sort_of_empty_input_prints_nothing()
    {
        var result = await CliRunner.RunWithInputAsync("", "version", "sort", "-e", "Go");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
