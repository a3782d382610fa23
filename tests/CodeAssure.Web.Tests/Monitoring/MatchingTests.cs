using System.Net;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Monitoring;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>Release components matched against OSV data: on upload, and again whenever the OSV index changes.</summary>
public sealed class MatchingTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static MonitoringOptions Polling(TestDatabase database, string? instance = null) => new()
    {
        IndexPath = Path.Combine(database.DataDirectory, "osv", "osv.idx"),
        PollInterval = TimeSpan.FromMilliseconds(50),
        InstanceId = instance,
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_uploaded_SBOM_is_matched_and_raises_findings_with_severity_and_fixed_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = Polling(database);
        Directory.CreateDirectory(Path.GetDirectoryName(options.IndexPath)!);
        await OsvFixture.ImportAsync(options.IndexPath!, OsvFixture.Lodash, OsvFixture.Requests);
        await using var server = await ServerUnderTest.StartAsync(database, options);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin, "1.0.0");

        using (var put = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId,
            Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20", "pkg:npm/left-pad@1.3.0", "pkg:pypi/requests@2.31.0", "pkg:npm/minimist@1.2.5")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        await Scenario.WaitForJobsAsync(server, atLeast: 2);
        await using var db = server.OpenDatabase();
        var finding = Assert.Single(await db.Findings.ToListAsync());
        Assert.Equal("GHSA-35jh-r3h4-6jhm", finding.VulnerabilityId);
        Assert.Equal("CVE-2021-23337", finding.Aliases);
        Assert.Equal("pkg:npm/lodash@4.17.20", finding.PackageUrl);
        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Equal(7.2, finding.CvssScore);
        Assert.Equal("4.17.21", finding.FixedInVersion);
        Assert.Equal((FindingSource.Osv, FindingStatus.UnderInvestigation), (finding.Source, finding.Status));
        Assert.Equal(Guid.Parse(releaseId), finding.ReleaseId);
        Assert.Null(finding.DueAt);
        var job = await db.BackgroundJobs.SingleAsync(j => j.Kind == JobKinds.MatchRelease);
        Assert.Equal(BackgroundJobState.Done, job.State);
        Assert.Equal(1, JsonDocument.Parse(job.Result!).RootElement.GetProperty("newFindings").GetInt32());
        Assert.Contains("GHSA-35jh-r3h4-6jhm", await admin.GetPageAsync($"/orgs/org-a/releases/{releaseId}"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_changed_OSV_index_re_matches_every_release_and_raises_only_new_findings(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var options = Polling(database);
        Directory.CreateDirectory(Path.GetDirectoryName(options.IndexPath)!);
        await OsvFixture.ImportAsync(options.IndexPath!, OsvFixture.Lodash);
        await using var server = await ServerUnderTest.StartAsync(database, options);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, first) = await ReleaseAsync(admin, "1.0.0");
        var second = (await Scenario.CreateReleaseAsync(admin, "org-a", productId, "1.1.0")).GetProperty("id").GetString()!;
        var sbom = Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20", "pkg:npm/minimist@1.2.5");
        foreach (var release in new[] { first, second })
        {
            using var put = await Scenario.PutSbomAsync(admin, "org-a", productId, release, sbom);
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        await Scenario.WaitForJobsAsync(server, atLeast: 3);
        await using (var db = server.OpenDatabase())
        {
            Assert.Equal(2, await db.Findings.CountAsync());

            // Triage one: a re-match must leave it as it is, not reopen or duplicate it.
            var triaged = await db.Findings.FirstAsync(f => f.ReleaseId == Guid.Parse(first));
            triaged.Status = FindingStatus.NotAffected;
            triaged.Justification = "vulnerable_code_not_in_execute_path";
            await db.SaveChangesAsync();
        }

        // The OSV data changes (as `codeassure osv import` would change it): minimist is now known vulnerable.
        await OsvFixture.ImportAsync(options.IndexPath!, OsvFixture.Minimist);
        await WaitForAsync(server, async db => await db.BackgroundJobs.CountAsync(j => j.Kind == JobKinds.RematchAll && j.State == BackgroundJobState.Done) >= 2);

        await using var after = server.OpenDatabase();
        var findings = await after.Findings.ToListAsync();
        Assert.Equal(4, findings.Count);
        Assert.Equal(2, findings.Count(f => f.VulnerabilityId == "GHSA-xvch-5gv4-984h"));
        Assert.Equal(FindingSeverity.Critical, findings.First(f => f.VulnerabilityId == "GHSA-xvch-5gv4-984h").Severity);
        Assert.Equal(2, findings.Count(f => f.VulnerabilityId == "GHSA-35jh-r3h4-6jhm"));
        Assert.Equal(FindingStatus.NotAffected, findings.Single(f => f.ReleaseId == Guid.Parse(first) && f.VulnerabilityId == "GHSA-35jh-r3h4-6jhm").Status);
        var rematches = await after.BackgroundJobs.Where(j => j.Kind == JobKinds.RematchAll).ToListAsync();
        var latest = rematches.MaxBy(j => j.CreatedAt)!;
        Assert.Equal(2, JsonDocument.Parse(latest.Result!).RootElement.GetProperty("newFindings").GetInt32());
        Assert.Equal(2, JsonDocument.Parse(latest.Result!).RootElement.GetProperty("releases").GetInt32());

        // One re-match per index version, however many polls saw it.
        Assert.Equal(rematches.Count, rematches.Select(j => j.DedupeKey).Distinct().Count());
        Assert.Equal(2, rematches.Count);
    }

    [Fact]
    public async Task Without_an_OSV_index_matching_finishes_and_says_so()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, Polling(database));
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (productId, releaseId) = await ReleaseAsync(admin, "1.0.0");
        using (var put = await Scenario.PutSbomAsync(admin, "org-a", productId, releaseId, Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        await Scenario.WaitForJobsAsync(server);
        await using var db = server.OpenDatabase();
        var job = await db.BackgroundJobs.SingleAsync();
        Assert.Equal(BackgroundJobState.Done, job.State);
        Assert.True(JsonDocument.Parse(job.Result!).RootElement.GetProperty("indexMissing").GetBoolean());
        Assert.Equal(0, await db.Findings.CountAsync());
    }

    [Fact]
    public async Task The_administrator_can_ask_for_a_re_match_once_while_one_is_queued()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var options = Polling(database) with { RunJobs = false };
        await using var server = await ServerUnderTest.StartAsync(database, options);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "engineer@example.test", "Engineer");

        using var first = await admin.PostJsonAsync("/api/v1/admin/osv/rematch", new { });
        using var again = await admin.PostJsonAsync("/api/v1/admin/osv/rematch", new { });
        using var refused = await engineer.PostJsonAsync("/api/v1/admin/osv/rematch", new { });
        using var list = await admin.GetAsync("/api/v1/admin/jobs?state=queued");
        using var badState = await admin.GetAsync("/api/v1/admin/jobs?state=sleeping");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await BrowserClient.ReadJsonAsync(first)).GetProperty("id").GetString(), (await BrowserClient.ReadJsonAsync(again)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, (await BrowserClient.ReadJsonAsync(list)).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
    }

    private static async Task WaitForAsync(ServerUnderTest server, Func<Data.CodeAssureDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using (var db = server.OpenDatabase())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the condition did not come true");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<(string ProductId, string ReleaseId)> ReleaseAsync(BrowserClient admin, string version)
    {
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var release = (await Scenario.CreateReleaseAsync(admin, "org-a", product, version)).GetProperty("id").GetString()!;
        return (product, release);
    }
}
