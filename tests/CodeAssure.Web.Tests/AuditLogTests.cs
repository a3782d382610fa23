using System.Net;
using CodeAssure.Data.Audit;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests;

/// <summary>The hash-chained audit log: written with every change, shown on a page, verified by the CLI.</summary>
public sealed class AuditLogTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_is_logged_with_actor_and_before_after_and_the_chain_verifies(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Before")).GetProperty("id").GetString();
        using var renamed = await admin.Http.PutAsync(new Uri($"/api/v1/orgs/org-a/products/{product}", UriKind.Relative), TenancyTests.JsonContent(new { name = "After" }));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        await using (var db = server.OpenDatabase())
        {
            var adminId = await db.Users.Select(u => u.Id).SingleAsync();
            var update = await db.AuditEntries.SingleAsync(e => e.EntityType == "Product" && e.Action == "updated");
            Assert.Equal(adminId, update.Actor);
            Assert.Contains("\"Name\":\"Before\"", update.Before, StringComparison.Ordinal);
            Assert.Contains("\"Name\":\"After\"", update.After, StringComparison.Ordinal);
            Assert.DoesNotContain(await db.AuditEntries.Select(e => e.After ?? "").ToListAsync(), a => a.Contains("PasswordHash", StringComparison.Ordinal));
            var verification = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.True(verification.IsIntact, verification.Problem);
        }

        var page = await admin.GetPageAsync("/orgs/org-a/audit?entityType=Product&action=updated");
        Assert.Contains("After", page, StringComparison.Ordinal);
        var api = await BrowserClient.ReadJsonAsync(await admin.GetAsync("/api/v1/orgs/org-a/audit?action=created"));
        Assert.All(api.EnumerateArray(), e => Assert.Equal("created", e.GetProperty("action").GetString()));

        var verify = await CliRunner.RunAsync("audit", "verify", "--database", database.ConnectionString);
        Assert.True(verify.ExitCode == 0, verify.Out + verify.Error);
        Assert.StartsWith("audit log intact", verify.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_changes_keep_one_unbroken_chain(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => admin.PostJsonAsync("/api/v1/orgs/org-a/products", new { name = $"P{i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        await using var db = server.OpenDatabase();
        Assert.Equal(12, await db.AuditEntries.CountAsync(e => e.EntityType == "Product"));
        var verification = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Audit_verify_exits_1_when_an_entry_was_edited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database))
        {
            using var admin = await Scenario.SetUpAdministratorAsync(server);
            await Scenario.CreateOrganisationAsync(admin, "org-a");
            await Scenario.CreateProductAsync(admin, "org-a", "Widget");
            await using var db = server.OpenDatabase();
            var target = await db.AuditEntries.SingleAsync(e => e.EntityType == "Product");
            // Tamper the way an attacker with database access would: rewrite the stored values directly.
            await db.AuditEntries.Where(e => e.Sequence == target.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.After, e => e.After!.Replace("Widget", "Gadget")));
        }

        var verify = await CliRunner.RunAsync("audit", "verify", "--database", database.ConnectionString);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("TAMPERED", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_detects_a_deleted_entry_and_reads_the_data_folder()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var server = await ServerUnderTest.StartAsync(database))
        {
            using var admin = await Scenario.SetUpAdministratorAsync(server);
            await Scenario.CreateOrganisationAsync(admin, "org-a");
            await Scenario.CreateProductAsync(admin, "org-a", "Widget");
            await using var db = server.OpenDatabase();
            await db.AuditEntries.Where(e => e.EntityType == "Organisation").ExecuteDeleteAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var verify = await CliRunner.RunAsync("audit", "verify", "--data", database.DataDirectory, "--format", "json");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("\"intact\": false", verify.Out, StringComparison.Ordinal);
    }
}
