using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class SbomValidateCommandTests
{
    private static string Spec(string file) => ConformanceData.PathOf("cyclonedx-spec", "1.5", file);

    [Fact]
    public async Task Exits_0_and_says_valid_for_a_valid_BOM()
    {
        var result = await CliRunner.RunAsync("sbom", "validate", Spec("valid-bom-1.5.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cyclonedx-json 1.5", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nvalid", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Exits_1_and_lists_each_problem_with_its_location_for_an_invalid_BOM()
    {
        var result = await CliRunner.RunAsync("sbom", "validate", Spec("invalid-metadata-timestamp-1.5.json"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("invalid: 1 problem", result.Out, StringComparison.Ordinal);
        Assert.Contains("  /metadata/timestamp: \"2020-04-13\" is not an RFC 3339 date-time", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_documented_json_shape()
    {
        var result = await CliRunner.RunAsync("sbom", "validate", Spec("invalid-component-ref-1.5.json"), "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("cyclonedx-json", root.GetProperty("format").GetString());
        Assert.Equal("1.5", root.GetProperty("specVersion").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var problem = root.GetProperty("problems")[0];
        Assert.StartsWith("/components/", problem.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("message").GetString()));
        Assert.False(root.TryGetProperty("ntia", out _));
    }

    [Fact]
    public async Task Adds_ntia_coverage_in_json_and_table()
    {
        var path = ConformanceData.PathOf("sboms", "spdx-spec-examples", "v2.3", "SPDXTagExample-v2.3.spdx");
        var json = await CliRunner.RunAsync("sbom", "validate", path, "--ntia", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var ntia = document.RootElement.GetProperty("ntia");
        Assert.Equal(7, ntia.GetProperty("elements").GetArrayLength());
        Assert.Equal("unique-identifier", ntia.GetProperty("elements")[3].GetProperty("element").GetString());
        Assert.Equal(4, ntia.GetProperty("components").GetArrayLength());
        Assert.InRange(ntia.GetProperty("overall").GetDouble(), 0, 100);

        var table = await CliRunner.RunAsync("sbom", "validate", path, "--ntia");
        Assert.Contains("NTIA minimum elements:", table.Out, StringComparison.Ordinal);
        Assert.Contains("dependency-relationship", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_standard_input_for_a_dash()
    {
        var result = await CliRunner.RunWithInputAsync(File.ReadAllText(Spec("valid-bom-1.5.xml")), "sbom", "validate", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cyclonedx-xml 1.5", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_with_one_line_for_a_missing_file()
    {
        var result = await CliRunner.RunAsync("sbom", "validate", "/no/such/bom.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codeassure: file not found: /no/such/bom.json", result.Error.Trim());
    }

    [Fact]
    public async Task Exits_2_for_an_unknown_format()
    {
        var result = await CliRunner.RunAsync("sbom", "validate", Spec("valid-bom-1.5.json"), "--format", "sarif");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_1_for_a_hostile_xml_document_without_a_stack_trace()
    {
        var file = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, """<?xml version="1.0"?><!DOCTYPE bom [<!ENTITY x SYSTEM "file:///etc/passwd">]><bom xmlns="http://cyclonedx.org/schema/bom/1.5">&x;</bom>""");
        try
        {
            var result = await CliRunner.RunAsync("sbom", "validate", file);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("DTD", result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", result.Out, StringComparison.Ordinal);
            Assert.Equal("", result.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
