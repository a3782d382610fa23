using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests.Sbom;

public sealed class SbomMergeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codeassure-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task Merges_parts_into_one_valid_cyclonedx_sbom()
    {
        var a = Write("a.json", """{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [{"type": "library", "bom-ref": "1", "name": "lodash", "version": "4.17.21", "purl": "pkg:npm/lodash@4.17.21"}]}""");
        var b = Write("b.json", """{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [{"type": "library", "bom-ref": "1", "name": "lodash", "version": "4.17.21", "purl": "pkg:npm/lodash@4.17.21"}, {"type": "library", "bom-ref": "2", "name": "zod", "version": "3.23.8", "purl": "pkg:npm/zod@3.23.8"}]}""");
        var output = Path.Combine(_folder, "product.cdx.json");

        var result = await CliRunner.RunAsync("sbom", "merge", a, b, "-o", output, "--name", "shop", "--version", "2.1");
        var validate = await CliRunner.RunAsync("sbom", "validate", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal("shop", json.RootElement.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task A_broken_part_exits_1_and_writes_nothing()
    {
        var a = Write("a.json", """{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": []}""");
        var broken = Write("broken.json", "{\"bomFormat\": \"CycloneDX\", \"components\": [");
        var output = Path.Combine(_folder, "out.json");

        var result = await CliRunner.RunAsync("sbom", "merge", a, broken, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Theory]
    [InlineData("one-file-only")]
    [InlineData("no-output")]
    public async Task Usage_errors_exit_2(string kind)
    {
        var a = Write("a.json", """{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1}""");
        string[] args = kind == "one-file-only" ? ["sbom", "merge", a, "-o", Path.Combine(_folder, "o.json")] : ["sbom", "merge", a, a];

        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }
}
