using CodeAssure.TestSupport;

namespace CodeAssure.Advisories.Tests;

public sealed class CsafCommandTests
{
    private static string TestDocument(string group, string name) =>
        ConformanceData.PathOf("csaf", "csaf_2.0", "test", "validator", "data", group, name);

    [Fact]
    public async Task Valid_example_exits_0()
    {
        var result = await CliRunner.RunAsync("csaf", "validate", ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf", "bsi-2022-0001.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(": valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mandatory_failure_prints_the_test_id_and_path_and_exits_1()
    {
        var result = await CliRunner.RunAsync("csaf", "validate", TestDocument("mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-01-01.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("6.1.1 mandatory /product_tree/product_groups/0/product_ids/0", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_lists_findings_per_document()
    {
        var result = await CliRunner.RunAsync("csaf", "validate", "--format", "json", TestDocument("mandatory", "oasis_csaf_tc-csaf_2_0-2021-6-1-23-01.json"));

        Assert.Equal(1, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var findings = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("test").GetString() == "6.1.23" && f.GetProperty("group").GetString() == "mandatory");
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Optional_findings_alone_do_not_fail()
    {
        var result = await CliRunner.RunAsync("csaf", "validate", TestDocument("optional", "oasis_csaf_tc-csaf_2_0-2021-6-2-17-01.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("6.2.17 optional", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_standard_input()
    {
        var json = await File.ReadAllTextAsync(ConformanceData.PathOf("csaf", "csaf_2.0", "examples", "csaf", "bsi-2022-0001.json"));

        var result = await CliRunner.RunWithInputAsync(json, "csaf", "validate", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("-: valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_input_is_an_invalid_document_with_a_clear_error()
    {
        var result = await CliRunner.RunWithInputAsync("{\"document\": {", "csaf", "validate", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: not valid JSON", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("csaf", "validate", "/nonexistent/advisory.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: file not found", result.Error, StringComparison.Ordinal);
    }
}
