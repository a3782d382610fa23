using CodeAssure.Data;
using CodeAssure.Data.Audit;
using CodeAssure.Data.Entities;
using CodeAssure.TestSupport;
using CodeAssure.Web.Evidence;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Tests;

/// <summary>Configuration parsing, the audit hash and bundle parsing, without a server.</summary>
public sealed class ServerConfigurationTests
{
    [Theory]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=db;Database=codeassure;Username=u;Password=p", DatabaseProvider.PostgreSql)]
    public void Connection_strings_choose_the_provider(string connection, DatabaseProvider provider) =>
        Assert.Equal(provider, DatabaseSettings.Parse(connection).Provider);

    [Theory]
    [InlineData("")]
    [InlineData("just words")]
    [InlineData("Database=x;Password=hunter2")] // codeassure:allow connection-string-password (hostile input)
    public void Unrecognised_connection_strings_are_refused_without_echoing_them(string connection)
    {
        var error = Assert.Throws<FormatException>(() => DatabaseSettings.Parse(connection));
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_reads_urls_data_and_database_and_the_environment()
    {
        var fromEnvironment = ServerCommandLine.Parse([], name => name == "ConnectionStrings__Default" ? "Host=db" : null);
        var fromArgs = ServerCommandLine.Parse(["--urls", "http://127.0.0.1:0", "--data", "/d", "--database", "Data Source=x"], _ => "Host=db");

        Assert.Equal("Host=db", fromEnvironment.ConnectionString);
        Assert.Equal(ServerOptions.DefaultUrl, fromEnvironment.Urls);
        Assert.Equal(("http://127.0.0.1:0", "/d", "Data Source=x"), (fromArgs.Urls, fromArgs.DataDirectory, fromArgs.ConnectionString));
        Assert.Throws<ArgumentException>(() => ServerCommandLine.Parse(["--port", "1"], _ => null));
        Assert.Throws<ArgumentException>(() => ServerCommandLine.Parse(["--urls"], _ => null));
    }

    [Fact]
    public void The_audit_hash_covers_every_field_and_the_previous_hash()
    {
        var entry = new AuditEntry
        {
            Sequence = 7, At = new DateTimeOffset(2026, 11, 23, 10, 0, 0, 123, TimeSpan.Zero), Actor = "u", OrganisationId = Guid.Empty,
            Action = "updated", EntityType = "Product", EntityId = "p", Before = "{\"Name\":\"a\"}", After = "{\"Name\":\"b\"}",
            PreviousHash = AuditHash.Genesis, Hash = "",
        };
        var hash = AuditHash.Compute(entry);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditHash.Compute(entry));
        foreach (var changed in new Action<AuditEntry>[]
                 {
                     e => e.Sequence = 8, e => e.At = e.At.AddMilliseconds(1), e => e.Actor = "v", e => e.OrganisationId = null,
                     e => e.Action = "deleted", e => e.EntityType = "Release", e => e.EntityId = "q", e => e.Before = null,
                     e => e.After = "{\"Name\":\"c\"}", e => e.PreviousHash = new string('1', 64),
                 })
        {
            var copy = new AuditEntry
            {
                Sequence = entry.Sequence, At = entry.At, Actor = entry.Actor, OrganisationId = entry.OrganisationId, Action = entry.Action,
                EntityType = entry.EntityType, EntityId = entry.EntityId, Before = entry.Before, After = entry.After,
                PreviousHash = entry.PreviousHash, Hash = "",
            };
            changed(copy);
            Assert.NotEqual(hash, AuditHash.Compute(copy));
        }
    }

    [Fact]
    public void A_deeply_nested_bundle_is_refused_cleanly()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var error = Assert.Throws<InvalidInputException>(() => EvidenceService.Parse(System.Text.Encoding.UTF8.GetBytes(deep)));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--urls", "ftp://x")]
    [InlineData("serve", "--database", "nonsense")]
    [InlineData("audit", "verify", "--database", "nonsense")]
    public async Task Bad_server_options_are_usage_errors(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codeassure: ", result.Error, StringComparison.Ordinal);
    }
}
