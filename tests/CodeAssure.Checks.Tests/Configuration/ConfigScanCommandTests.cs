using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Checks.Tests.Configuration;

/// <summary>`codeassure scan --format json` carries the configuration checks with their principles and claims.</summary>
public sealed class ConfigScanCommandTests : IDisposable
{
    private readonly ScratchFolder _insecure = ConfigFixture.Copy("insecure");
    private readonly ScratchFolder _secure = ConfigFixture.Copy("secure");

    public void Dispose()
    {
        _insecure.Dispose();
        _secure.Dispose();
    }

    [Fact]
    public async Task The_bundle_lists_the_configuration_checks_with_their_claims()
    {
        var result = await CliRunner.RunAsync("scan", _insecure.Root, "--format", "json", "--db", Path.Combine(_insecure.Root, "none.idx"));

        Assert.Equal(1, result.ExitCode);
        using var bundle = JsonDocument.Parse(result.Out);
        var checks = bundle.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        string Claims(string id) => string.Join(",", checks[id].GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        string Status(string id) => checks[id].GetProperty("status").GetString()!;
        Assert.Equal("1.2.1,1.2.2", Claims("CA-DEPS-001"));
        Assert.Equal("1.2.2", Claims("CA-DEPS-002"));
        Assert.Equal("1.4.3", Claims("CA-DEFAULT-001"));
        Assert.Equal("1.4.5,3.1.2", Claims("CA-DEFAULT-002"));
        Assert.Equal("1.4.5", Claims("CA-DEFAULT-003"));
        Assert.Equal("3.1.1", Claims("CA-DIST-001"));
        Assert.Equal("3.1.1", Claims("CA-DIST-002"));
        Assert.Equal("3.1.1", Claims("CA-DIST-003"));
        Assert.Equal("4.1.1,4.1.2", Claims("CA-SUPPORT-001"));
        Assert.Equal("4.2.1", Claims("CA-SUPPORT-002"));
        foreach (var id in new[] { "CA-DEPS-001", "CA-DEPS-002", "CA-DEFAULT-001", "CA-DEFAULT-002", "CA-DEFAULT-003", "CA-DIST-001" })
        {
            Assert.Equal("failed", Status(id));
        }

        var claims = bundle.RootElement.GetProperty("principles").EnumerateArray().SelectMany(p => p.GetProperty("claims").EnumerateArray())
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("not-met", claims["1.4.3"]);
        Assert.Equal("not-met", claims["3.1.1"]);
    }

    [Fact]
    public async Task The_secure_fixture_has_nothing_at_or_above_medium_from_the_configuration_checks()
    {
        var result = await CliRunner.RunAsync("scan", _secure.Root, "--format", "json", "--db", Path.Combine(_secure.Root, "none.idx"));

        using var bundle = JsonDocument.Parse(result.Out);
        var mine = bundle.RootElement.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("id").GetString()!.StartsWith("CA-DEFAULT", StringComparison.Ordinal) || c.GetProperty("id").GetString()!.StartsWith("CA-DEPS", StringComparison.Ordinal)
                || c.GetProperty("id").GetString()!.StartsWith("CA-DIST", StringComparison.Ordinal) || c.GetProperty("id").GetString()!.StartsWith("CA-SUPPORT", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(10, mine.Count);
        var serious = mine.SelectMany(c => c.GetProperty("findings").EnumerateArray()).Where(f => f.GetProperty("level").GetString() is "medium" or "high" or "critical").ToList();
        Assert.Empty(serious);
    }
}
