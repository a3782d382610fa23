using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests.Sbom;

public sealed class SbomReadCommandTests
{
    private static string Sample(params string[] parts) => ConformanceData.PathOf(["sboms", .. parts]);

    [Fact]
    public async Task Prints_the_normalised_sbom_as_indented_json_by_default()
    {
        var result = await CliRunner.RunAsync("sbom", "read", Sample("guac", "cyclonedx-components-nested.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("\n  \"format\": \"cyclonedx\"", result.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("1.4", root.GetProperty("specVersion").GetString());
        var components = root.GetProperty("components");
        Assert.Equal(3, components.GetArrayLength());
        var parent = components[0].GetProperty("bomRef").GetString();
        Assert.Equal(parent, components[1].GetProperty("parentRef").GetString());
        Assert.False(components[0].TryGetProperty("parentRef", out _), "null members are omitted");
        Assert.True(root.GetProperty("dependencies").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Prints_spdx_with_format_spdx()
    {
        var result = await CliRunner.RunAsync("sbom", "read", Sample("spdx-spec-examples", "v2.3", "SPDXTagExample-v2.3.spdx"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("spdx", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("2.3", json.RootElement.GetProperty("specVersion").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task Prints_a_table_of_name_version_type_and_purl()
    {
        var result = await CliRunner.RunAsync("sbom", "read", Sample("guac", "cyclonedx-components-flat.json"), "--format", "table");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("CycloneDX 1.4: 3 components", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^NAME\s+VERSION\s+TYPE\s+PURL$", lines[1]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("pkg:maven/compiler/compiler@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("sbom", "read", "no-such-file.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codeassure: file not found: no-such-file.json", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_file_that_is_not_an_sbom_exits_1_with_file_line_and_column()
    {
        var file = Sample("guac", "invalid-cyclonedx.json");

        var result = await CliRunner.RunAsync("sbom", "read", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"^codeassure: {System.Text.RegularExpressions.Regex.Escape(file)}:2:\d+: 'bomFormat' must be ""CycloneDX"", found ""CDX""$", result.Error.TrimEnd());
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Malformed_xml_exits_1_with_one_line()
    {
        var result = await CliRunner.RunAsync("sbom", "read", Sample("guac", "invalid-cyclonedx.xml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^codeassure: .*invalid-cyclonedx\.xml:\d+:\d+: malformed XML: ", result.Error);
    }

    [Fact]
    public async Task An_unknown_output_format_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("sbom", "read", Sample("guac", "cdx-v1.4.json"), "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Sbom_without_a_subcommand_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("sbom");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sbom read", result.Error, StringComparison.Ordinal);
    }
}
