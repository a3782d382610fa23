using System.Collections.Concurrent;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Monitoring;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.Monitoring;

/// <summary>The job table as a queue shared by server instances: each job runs once; a dead worker's job is taken over.</summary>
public sealed class JobQueueTests(ITestOutputHelper output)
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_server_instances_on_one_database_never_run_the_same_job_twice(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var index = Path.Combine(database.DataDirectory, "osv", "osv.idx");
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        await OsvFixture.ImportAsync(index, OsvFixture.Lodash);
        MonitoringOptions Instance(string name) => new() { IndexPath = index, PollInterval = TimeSpan.FromMilliseconds(20), InstanceId = name };
        await using var a = await ServerUnderTest.StartAsync(database, Instance("instance-a"));
        await using var b = await ServerUnderTest.StartAsync(database, Instance("instance-b"));
        // The second start replaced the first one's setup link.
        using var admin = await Scenario.SetUpAdministratorAsync(b);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Widget")).GetProperty("id").GetString()!;
        var release = (await Scenario.CreateReleaseAsync(admin, "org-a", product, "1.0.0")).GetProperty("id").GetString()!;
        using (var put = await Scenario.PutSbomAsync(admin, "org-a", product, release, Sboms.CycloneDxJson("pkg:npm/lodash@4.17.20")))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, put.StatusCode);
        }

        // Many match jobs for the one release, enqueued at once while both instances poll.
        const int jobs = 150;
        await using (var db = a.OpenDatabase())
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < jobs; i++)
            {
                db.BackgroundJobs.Add(new BackgroundJob { Id = Guid.NewGuid(), Kind = JobKinds.MatchRelease, Payload = release, State = BackgroundJobState.Queued, CreatedAt = now, RunAfter = now });
            }

            await db.SaveChangesAsync();
        }

        await Scenario.WaitForJobsAsync(a, atLeast: jobs + 2);
        await using var check = a.OpenDatabase();
        var all = await check.BackgroundJobs.AsNoTracking().ToListAsync();
        output.WriteLine($"{provider}: {string.Join(", ", all.GroupBy(j => j.ClaimedBy).Select(g => $"{g.Key}: {g.Count()}"))}");
        Assert.All(all, j => Assert.Equal((BackgroundJobState.Done, 1), (j.State, j.Attempts)));
        Assert.All(all, j => Assert.Contains(j.ClaimedBy, new[] { "instance-a", "instance-b" }));
        Assert.Equal(jobs + 2, all.Count);

        // However many times the release was matched, by either instance, its one vulnerability is recorded once.
        Assert.Equal(1, await check.Findings.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_claims_from_many_workers_take_each_job_exactly_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database, new MonitoringOptions { RunJobs = false }))
        {
            // Started once to migrate the database.
        }

        var clock = TimeProvider.System;
        const int count = 120;
        await using (var db = Open(database))
        {
            var queue = new JobQueue(db, clock);
            for (var i = 0; i < count; i++)
            {
                queue.Add("test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await db.SaveChangesAsync();
        }

        var claimed = new ConcurrentBag<Guid>();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            await using var db = Open(database);
            var queue = new JobQueue(db, clock);
            while (await queue.ClaimAsync($"worker-{w}", TimeSpan.FromMinutes(5), CancellationToken.None) is { } job)
            {
                claimed.Add(job.Id);
                Assert.True(await queue.CompleteAsync(job, "{}", CancellationToken.None));
            }
        })));

        Assert.Equal(count, claimed.Count);
        Assert.Equal(count, claimed.Distinct().Count());
        await using var check = Open(database);
        Assert.Equal(count, await check.BackgroundJobs.CountAsync(j => j.State == BackgroundJobState.Done && j.Attempts == 1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_job_whose_worker_died_is_claimed_again_when_its_lease_expires(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database, new MonitoringOptions { RunJobs = false }))
        {
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var lease = TimeSpan.FromMinutes(5);
        await using var db = Open(database);
        var queue = new JobQueue(db, clock);
        var job = queue.Add(JobKinds.RematchAll, "test");
        await db.SaveChangesAsync();

        var dead = await queue.ClaimAsync("dead", lease, CancellationToken.None);
        Assert.Equal(job.Id, dead?.Id);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await queue.ClaimAsync("alive", lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(2));
        var taken = await queue.ClaimAsync("alive", lease, CancellationToken.None);

        Assert.Equal(job.Id, taken?.Id);
        Assert.Equal(("alive", 2), (taken!.ClaimedBy, taken.Attempts));
        Assert.False(await queue.CompleteAsync(dead!, "{\"late\":true}", CancellationToken.None));
        Assert.True(await queue.CompleteAsync(taken, "{}", CancellationToken.None));
        var stored = await db.BackgroundJobs.AsNoTracking().SingleAsync();
        Assert.Equal((BackgroundJobState.Done, "alive", "{}"), (stored.State, stored.ClaimedBy, stored.Result));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_job_that_keeps_failing_is_retried_with_back_off_and_then_marked_failed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database, new MonitoringOptions { RunJobs = false }))
        {
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var db = Open(database);
        var queue = new JobQueue(db, clock);
        queue.Add("test", null);
        await db.SaveChangesAsync();

        for (var attempt = 1; attempt <= MonitoringSettings.MaxAttempts; attempt++)
        {
            var job = await queue.ClaimAsync("w", TimeSpan.FromMinutes(5), CancellationToken.None);
            Assert.Equal(attempt, job?.Attempts);
            Assert.True(await queue.FailAsync(job!, $"failure {attempt}", CancellationToken.None));
            Assert.Null(await queue.ClaimAsync("w", TimeSpan.FromMinutes(5), CancellationToken.None));
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Null(await queue.ClaimAsync("w", TimeSpan.FromMinutes(5), CancellationToken.None));
        var stored = await db.BackgroundJobs.AsNoTracking().SingleAsync();
        Assert.Equal((BackgroundJobState.Failed, "failure 3"), (stored.State, stored.Error));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Enqueueing_with_the_same_key_twice_stores_one_job(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var server = await ServerUnderTest.StartAsync(database, new MonitoringOptions { RunJobs = false }))
        {
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var db = Open(database);
            return await new JobQueue(db, TimeProvider.System).EnqueueOnceAsync(JobKinds.RematchAll, "v1", "rematch-all:v1", CancellationToken.None);
        })));

        Assert.Equal(1, results.Count(r => r));
        await using var check = Open(database);
        Assert.Equal(1, await check.BackgroundJobs.CountAsync());
    }

    private static CodeAssureDbContext Open(TestDatabase database) => CodeAssureDatabase.CreateContext(DatabaseSettings.Parse(database.ConnectionString));
}
