using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Cli.Tests;

/// <summary>`codeassure catalog` and `catalog show`: outputs, formats and exit codes.</summary>
public sealed class CatalogCommandTests
{
    [Fact]
    public async Task Json_lists_4_themes_14_principles_and_the_45_claims_with_role_applicability()
    {
        var result = await CliRunner.RunAsync("catalog", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var themes = json.RootElement.GetProperty("themes").EnumerateArray().ToList();
        var principles = themes.SelectMany(t => t.GetProperty("principles").EnumerateArray()).ToList();
        var claims = principles.SelectMany(p => p.GetProperty("claims").EnumerateArray()).ToList();
        Assert.Equal(4, themes.Count);
        Assert.Equal(14, principles.Count);
        var official = claims.Where(c => c.GetProperty("source").GetString() == "assurance-principles-and-claims").ToList();
        Assert.Equal(45, official.Count);
        Assert.Equal("1.1.1", official[0].GetProperty("id").GetString());
        Assert.Equal("4.3.2", official[^1].GetProperty("id").GetString());
        Assert.Single(claims, c => c.GetProperty("source").GetString() == "claims-tree");
        Assert.Equal(45, json.RootElement.GetProperty("counts").GetProperty("claims").GetInt32());

        var applicability = principles[0].GetProperty("applicability");
        Assert.Equal("applies", applicability.GetProperty("developer-distributor").GetString());
        Assert.Equal("not-applicable", applicability.GetProperty("reseller").GetString());
        Assert.Equal("applies", applicability.GetProperty("developer-only").GetString());
        var theme3 = principles.First(p => p.GetProperty("id").GetString() == "3.1").GetProperty("applicability");
        Assert.Equal("where-in-scope", theme3.GetProperty("developer-only").GetString());
        Assert.Equal(21, json.RootElement.GetProperty("draft").GetProperty("provisions").GetArrayLength());
    }

    [Fact]
    public async Task Role_reseller_shows_only_themes_3_and_4()
    {
        var table = await CliRunner.RunAsync("catalog", "--role", "reseller");
        var json = await CliRunner.RunAsync("catalog", "--role", "reseller", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Theme 3: Secure deployment and maintenance", table.Out, StringComparison.Ordinal);
        Assert.Contains("Theme 4: Communication with customers", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Theme 1:", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Theme 2:", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1.1", table.Out, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("reseller", doc.RootElement.GetProperty("role").GetString());
        Assert.Equal([3, 4], doc.RootElement.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Role_developer_only_marks_theme_3_as_applying_where_in_scope()
    {
        var result = await CliRunner.RunAsync("catalog", "--role", "developer-only");

        Assert.Contains("Theme 3: Secure deployment and maintenance [applies where in scope]", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Theme 4:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_principle_prints_statement_claims_and_draft_provisions()
    {
        var result = await CliRunner.RunAsync("catalog", "show", "4.2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Provides at least 1 year's notice to customers", result.Out, StringComparison.Ordinal);
        Assert.Contains("4.2.1", result.Out, StringComparison.Ordinal);
        Assert.Contains("D4.2", result.Out, StringComparison.Ordinal);
        Assert.Contains("TC-4.1.1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_principle_as_json_has_claims_and_draft_provisions()
    {
        var result = await CliRunner.RunAsync("catalog", "show", "4.2", "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("principle", doc.RootElement.GetProperty("kind").GetString());
        var principle = doc.RootElement.GetProperty("principle");
        Assert.Equal("4.2", principle.GetProperty("id").GetString());
        Assert.Equal("4.2.1", principle.GetProperty("claims")[0].GetProperty("id").GetString());
        Assert.Equal("D4.2", principle.GetProperty("draftProvisions")[0].GetProperty("id").GetString());
        Assert.Equal("shall", principle.GetProperty("draftProvisions")[0].GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("1.2.3", "Each third-party component is tested before it is first deployed.")]
    [InlineData("1.2.T1", "Security requirements are shared with third-party suppliers.")]
    [InlineData("D3.6", "not carried")]
    [InlineData("D2.3", "not carried into the final Code")]
    [InlineData("TC-1.4.2", "No default passwords.")]
    [InlineData("3", "Secure deployment and maintenance")]
    public async Task Show_finds_claims_draft_provisions_controls_and_themes(string id, string expected)
    {
        var result = await CliRunner.RunAsync("catalog", "show", id);

        Assert.Equal(0, result.ExitCode);
        if (expected == "not carried")
        {
            Assert.Contains("Final Code: 3.2", result.Out, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markdown_output_is_escaped_commonmark()
    {
        var result = await CliRunner.RunAsync("catalog", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Software Security Code of Practice", result.Out, StringComparison.Ordinal);
        Assert.Contains("## Theme 2: Build environment security", result.Out, StringComparison.Ordinal);
        Assert.Contains("- **1.4** Follow secure by design", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("catalog", "show", "9.9")]
    [InlineData("catalog", "show", "1.2.99")]
    [InlineData("catalog", "show", "D9.1")]
    [InlineData("catalog", "show", "'; DROP TABLE claims; --")]
    [InlineData("catalog", "show", "../../etc/passwd")]
    public async Task Unknown_ids_exit_2_with_one_line(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("codeassure: unknown id", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("catalog", "--bogus")]
    [InlineData("catalog", "--role", "vendor")]
    [InlineData("catalog", "--format", "xml")]
    [InlineData("catalog", "--format")]
    [InlineData("catalog", "show")]
    [InlineData("catalog", "show", "1.1", "1.2")]
    [InlineData("frobnicate")]
    public async Task Bad_options_and_arguments_exit_2_with_one_line(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a command is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("catalog", "--help")]
    [InlineData("catalog", "show", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--help", result.Out, StringComparison.Ordinal);
    }
}
