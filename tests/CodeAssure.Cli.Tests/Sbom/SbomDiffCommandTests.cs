using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests.Sbom;

public sealed class SbomDiffCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codeassure-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string CycloneDx(params (string Name, string Version)[] components) =>
        $$"""{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [{{string.Join(",", components.Select(c => $$"""{"type": "library", "name": "{{c.Name}}", "version": "{{c.Version}}", "purl": "pkg:npm/{{c.Name}}@{{c.Version}}"}"""))}}]}""";

    [Fact]
    public async Task Prints_added_removed_and_changed_and_exits_1()
    {
        var a = Write("a.json", CycloneDx(("lodash", "4.17.20"), ("left-pad", "1.0.0")));
        var b = Write("b.json", CycloneDx(("lodash", "4.17.21"), ("zod", "3.0.0")));

        var result = await CliRunner.RunAsync("sbom", "diff", a, b);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("+ added    zod 3.0.0", result.Out, StringComparison.Ordinal);
        Assert.Contains("- removed  left-pad 1.0.0", result.Out, StringComparison.Ordinal);
        Assert.Contains("~ changed  lodash 4.17.20 -> 4.17.21", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 added, 1 removed, 1 changed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_and_exit_0_for_the_same_packages()
    {
        var a = Write("a.json", CycloneDx(("lodash", "4.17.21")));
        var b = Write("b.json", CycloneDx(("lodash", "4.17.21")));

        var result = await CliRunner.RunAsync("sbom", "diff", a, b, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("isEmpty").GetBoolean());
    }

    [Fact]
    public async Task A_broken_or_missing_sbom_is_reported_in_one_line()
    {
        var good = Write("good.json", CycloneDx(("a", "1.0.0")));
        var broken = Write("broken.json", "{\"bomFormat\": \"CycloneDX\", \"components\": [");

        var bad = await CliRunner.RunAsync("sbom", "diff", good, broken);
        var missing = await CliRunner.RunAsync("sbom", "diff", good, Path.Combine(_folder, "nope.json"));

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("broken.json:", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Single(missing.Error.TrimEnd().Split('\n'));
    }
}
