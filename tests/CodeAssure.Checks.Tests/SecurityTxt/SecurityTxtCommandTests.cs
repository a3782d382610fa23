using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class SecurityTxtCommandTests
{
    private const string Valid = "Contact: mailto:security@example.com\nExpires: 2099-12-31T23:59:59Z\n";
    private const string At = "2099-01-01T00:00:00Z";

    private static string Fixture(string path) => ConformanceData.PathOf("securitytxt", path);

    [Fact]
    public async Task Validates_a_valid_file_with_exit_code_0_and_lists_its_fields()
    {
        var result = await CliRunner.RunAsync("securitytxt", "validate", Fixture("securitytxt-parser-fixtures/all-fields.txt"), "--at", At);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Preferred-Languages", result.Out, StringComparison.Ordinal);
        Assert.Contains("valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_1_for_an_invalid_file_and_prints_each_problem_with_its_line()
    {
        var result = await CliRunner.RunAsync("securitytxt", "validate", Fixture("securitytxt-parser-fixtures/invalid-uris.txt"), "--at", At);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: error:", result.Out, StringComparison.Ordinal);
        Assert.Contains("invalid: 5 errors", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judges_expiry_at_the_time_given_by_at()
    {
        var file = Fixture("eikendev-sectxt/valid_unsigned/github_com.stxt");
        Assert.Equal(0, (await CliRunner.RunAsync("securitytxt", "validate", file, "--at", "2023-01-01T08:19:03Z")).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync("securitytxt", "validate", file, "--at", "2024-01-01T00:00:00Z")).ExitCode);
    }

    [Fact]
    public async Task Writes_json_with_fields_and_problems()
    {
        var result = await CliRunner.RunAsync("securitytxt", "validate", Fixture("securitytxt-parser-fixtures/expired.txt"), "--at", At, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal("mailto:security@example.com", root.GetProperty("contact")[0].GetString());
        Assert.Equal("2020-01-01T00:00:00Z", root.GetProperty("expires").GetString());
        var problem = root.GetProperty("problems")[0];
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
    }

    [Theory]
    [InlineData("securitytxt", "--help")]
    [InlineData("securitytxt", "validate", "--help")]
    public async Task Has_help(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("security.txt", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_standard_input_for_a_dash()
    {
        var result = await CliRunner.RunWithInputAsync(Valid, "securitytxt", "validate", "-", "--at", At);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("no-such-file.txt", "file not found")]
    [InlineData("http://example.com/.well-known/security.txt", "https")]
    public async Task Exits_2_for_a_missing_file_or_a_plain_http_url(string source, string expected)
    {
        var result = await CliRunner.RunAsync("securitytxt", "validate", source);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--at", "yesterday")]
    [InlineData("--format", "xml")]
    public async Task Exits_2_for_a_bad_option(string option, string value)
    {
        var result = await CliRunner.RunAsync("securitytxt", "validate", Fixture("securitytxt-parser-fixtures/valid-unsigned.txt"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetches_a_file_served_as_text_plain_utf8()
    {
        using var server = new LocalHttpServer();
        server.Serve("/.well-known/security.txt", Valid);
        var result = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"), "--at", At);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("retrieved from:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=windows-1252")]
    public async Task Rejects_a_file_served_with_the_wrong_content_type(string contentType)
    {
        using var server = new LocalHttpServer();
        server.Serve("/.well-known/security.txt", Valid, contentType);
        var result = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"), "--at", At);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("text/plain; charset=utf-8", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warns_when_canonical_does_not_list_the_url_it_was_fetched_from()
    {
        using var server = new LocalHttpServer();
        server.Serve("/.well-known/security.txt", Valid + "Canonical: https://example.com/.well-known/security.txt\n");
        var result = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"), "--at", At, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no Canonical field lists that URL", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_up_to_three_redirects_but_not_four()
    {
        using var server = new LocalHttpServer();
        server.Serve("/final", Valid);
        server.Redirect("/r1", "/final");
        server.Redirect("/r2", "/r1");
        server.Redirect("/r3", "/r2");
        server.Redirect("/r4", "/r3");
        Assert.Equal(0, (await CliRunner.RunAsync("securitytxt", "validate", server.Url("/r3"), "--at", At)).ExitCode);
        var tooMany = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/r4"), "--at", At);
        Assert.Equal(3, tooMany.ExitCode);
        Assert.Contains("redirects", tooMany.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_plain_http_elsewhere()
    {
        using var server = new LocalHttpServer();
        server.Redirect("/.well-known/security.txt", "http://example.com/security.txt");
        var result = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not https", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_3_for_an_http_error_or_a_refused_connection()
    {
        using var server = new LocalHttpServer();
        var notFound = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"));
        Assert.Equal(3, notFound.ExitCode);
        Assert.Contains("404", notFound.Error, StringComparison.Ordinal);

        var port = server.Port;
        server.Dispose();
        var refused = await CliRunner.RunAsync("securitytxt", "validate", $"http://127.0.0.1:{port}/.well-known/security.txt");
        Assert.Equal(3, refused.ExitCode);
        Assert.StartsWith("codeassure: ", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_at_most_64_KiB_of_a_response_and_reports_it()
    {
        using var server = new LocalHttpServer();
        server.Serve("/.well-known/security.txt", Valid + new string('#', 1024 * 1024) + "\n");
        var result = await CliRunner.RunAsync("securitytxt", "validate", server.Url("/.well-known/security.txt"), "--at", At);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("64 KiB", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tries_the_well_known_path_then_the_top_level_path_for_a_domain()
    {
        using var server = new LocalHttpServer();
        server.Serve("/security.txt", Valid);
        var result = await CliRunner.RunAsync("securitytxt", "validate", $"127.0.0.1:{server.Port}", "--at", At);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("/security.txt", result.Out, StringComparison.Ordinal);

        server.Serve("/.well-known/security.txt", "Contact: mailto:well-known@example.com\nExpires: 2099-12-31T23:59:59Z\n");
        var preferred = await CliRunner.RunAsync("securitytxt", "validate", $"127.0.0.1:{server.Port}", "--at", At);
        Assert.Contains("well-known@example.com", preferred.Out, StringComparison.Ordinal);
    }
}
