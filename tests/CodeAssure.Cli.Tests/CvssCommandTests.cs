using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests;

/// <summary>`codeassure cvss`: one compact JSON line per vector, errors on stderr (one vector) or in line (batch), exit codes.</summary>
public sealed class CvssCommandTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    [Fact]
    public async Task Prints_one_compact_line_with_base_score_and_severity_for_a_base_vector()
    {
        var result = await CliRunner.RunAsync("cvss", V31);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal(
            """{"vector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","version":"3.1","baseScore":9.8,"severity":"CRITICAL"}""",
            result.Out.TrimEnd('\n', '\r'));
    }

    [Fact]
    public async Task Writes_scores_with_one_decimal_even_when_whole()
    {
        var result = await CliRunner.RunAsync("cvss", "AV:N/AC:L/Au:N/C:C/I:C/A:C");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"baseScore\":10.0,", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"2.0\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"severity\":\"HIGH\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adds_temporal_and_environmental_scores_only_when_the_vector_sets_them()
    {
        var temporal = await CliRunner.RunAsync("cvss", V31 + "/E:U/RL:O/RC:R");
        var environmental = await CliRunner.RunAsync("cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/MS:C/CR:H");

        using var t = JsonDocument.Parse(temporal.Out);
        Assert.Equal(9.8, t.RootElement.GetProperty("baseScore").GetDouble());
        Assert.Equal(8.2, t.RootElement.GetProperty("temporalScore").GetDouble());
        Assert.False(t.RootElement.TryGetProperty("environmentalScore", out _));
        Assert.Equal("HIGH", t.RootElement.GetProperty("severity").GetString());

        using var e = JsonDocument.Parse(environmental.Out);
        Assert.Equal(8.8, e.RootElement.GetProperty("baseScore").GetDouble());
        Assert.False(e.RootElement.TryGetProperty("temporalScore", out _));
        Assert.Equal(9.7, e.RootElement.GetProperty("environmentalScore").GetDouble());
        Assert.Equal("CRITICAL", e.RootElement.GetProperty("severity").GetString());
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, "CVSS-B", "CRITICAL")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U", 8.1, "CVSS-BT", "HIGH")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/MSA:S", 10.0, "CVSS-BE", "CRITICAL")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L/IR:L/AR:L", 7.9, "CVSS-BTE", "HIGH")]
    public async Task Gives_v4_its_single_score_and_nomenclature(string vector, double score, string nomenclature, string severity)
    {
        var result = await CliRunner.RunAsync("cvss", vector);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("4.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(score, json.RootElement.GetProperty("baseScore").GetDouble());
        Assert.Equal(nomenclature, json.RootElement.GetProperty("nomenclature").GetString());
        Assert.Equal(severity, json.RootElement.GetProperty("severity").GetString());
        Assert.False(json.RootElement.TryGetProperty("temporalScore", out _));
        Assert.False(json.RootElement.TryGetProperty("environmentalScore", out _));
    }

    [Fact]
    public async Task Rejects_a_single_invalid_vector_with_one_stderr_line_naming_the_metric()
    {
        var result = await CliRunner.RunAsync("cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            "codeassure: invalid CVSS vector 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L': duplicate metric 'AV'",
            result.Error.TrimEnd('\n', '\r'));
    }

    [Fact]
    public async Task Scores_each_argument_on_its_own_line_and_reports_bad_ones_in_line_with_exit_1()
    {
        var result = await CliRunner.RunAsync("cvss", V31, "CVSS:3.1/AV:N", "AV:N/AC:L/Au:N/C:P/I:P/A:P");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Error);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(9.8, first.RootElement.GetProperty("baseScore").GetDouble());
        Assert.Equal("CVSS:3.1/AV:N", second.RootElement.GetProperty("vector").GetString());
        Assert.Contains("missing mandatory base metrics 'AC'", second.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7.5, third.RootElement.GetProperty("baseScore").GetDouble());
    }

    [Fact]
    public async Task Reads_one_vector_per_line_from_stdin_with_a_dash()
    {
        var input = $"{V31}\r\n\n  AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C  \nCVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\n";

        var result = await CliRunner.RunWithInputAsync(input, "cvss", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        using var v2 = JsonDocument.Parse(lines[1]);
        Assert.Equal("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:F/RL:OF/RC:C", v2.RootElement.GetProperty("vector").GetString());
        Assert.Equal(6.2, v2.RootElement.GetProperty("temporalScore").GetDouble());
        Assert.Equal("MEDIUM", v2.RootElement.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Reports_invalid_stdin_lines_in_line_and_exits_1_after_scoring_the_rest()
    {
        var result = await CliRunner.RunWithInputAsync($"cvss:3.1/AV:N\n{V31}\nCVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:h\n", "cvss", "-");

        Assert.Equal(1, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        using var bad = JsonDocument.Parse(lines[2]);
        Assert.Contains("metric 'A'", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"baseScore\":9.8", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortens_a_huge_hostile_vector_in_its_error()
    {
        var hostile = "CVSS:3.1/" + new string('A', 100_000) + "\u001b[2J";

        var result = await CliRunner.RunAsync("cvss", hostile);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(Lines(result.Error));
        Assert.True(result.Error.Length < 400, result.Error);
        Assert.Contains("at most 512", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_echoes_terminal_control_characters()
    {
        var result = await CliRunner.RunAsync("cvss", "CVSS:3.1/\u001b[2J\r\nAV:N");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.Single(Lines(result.Error));
    }

    [Fact]
    public async Task Requires_at_least_one_vector()
    {
        var result = await CliRunner.RunAsync("cvss");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_nothing_and_succeeds_for_empty_stdin()
    {
        var result = await CliRunner.RunWithInputAsync("", "cvss", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
