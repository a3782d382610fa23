using System.Diagnostics;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Vulnerabilities.Osv;
using CodeAssure.Web.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Issue 7's target: after an OSV update, re-matching 200 releases × 1,000 components takes ≤ 10 s. Seeds a database
/// (SQLite in a temporary folder, or the PostgreSQL connection given) with releases whose SBOM components are drawn
/// from one pool of packages (releases of one product share most components), matches them once against an index of
/// <c>records</c> synthetic advisories, then imports an update adding 10% more advisories and times the re-match-all
/// job's work (the same ReleaseMatcher the background job runs: components read from the table, matched, new
/// findings written). A second re-match with nothing new shows the idempotent cost.
/// </summary>
internal static class MonitoringRematchBenchmark
{
    public static async Task<int> RunAsync(int releases, int components, int records, string? connection)
    {
        var folder = Measure.TemporaryFolder();
        try
        {
            var settings = connection is null ? DatabaseSettings.ForDataDirectory(folder) : DatabaseSettings.Parse(connection);
            var index = Path.Combine(folder, "osv", "osv.idx");
            Directory.CreateDirectory(Path.GetDirectoryName(index)!);
            var before = Path.Combine(folder, "before.zip");
            var update = Path.Combine(folder, "update.zip");
            SyntheticAdvisories.WriteZip(before, records);
            SyntheticAdvisories.WriteZip(update, records + (records / 10));
            await new OsvImporter().ImportAsync(index, [before], fresh: true).ConfigureAwait(false);

            var clock = Stopwatch.StartNew();
            await SeedAsync(settings, releases, components, records).ConfigureAwait(false);
            Console.Error.WriteLine(Measure.Format($"monitoring-rematch: seeded {releases} releases × {components} components ({settings.Provider}) in {clock.Elapsed.TotalSeconds:F1} s"));

            var monitoring = new MonitoringSettings(index, null, TimeSpan.FromHours(6), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), "bench", RunJobs: false);
            var initial = await RematchAsync(settings, monitoring).ConfigureAwait(false);
            Console.WriteLine(Measure.Format($"monitoring-rematch: initial match of {initial.Run.Releases} releases: {initial.Seconds:F2} s, {initial.Run.Components} components checked, {initial.Run.NewFindings} findings"));

            clock.Restart();
            var imported = await new OsvImporter().ImportAsync(index, [update]).ConfigureAwait(false);
            Console.WriteLine(Measure.Format($"monitoring-rematch: OSV update imported ({imported.Added} new advisories, {imported.IndexRecords} in all) in {clock.Elapsed.TotalSeconds:F1} s"));

            var after = await RematchAsync(settings, monitoring).ConfigureAwait(false);
            Console.WriteLine(Measure.Format($"monitoring-rematch: re-match after the update: {after.Seconds:F2} s for {after.Run.Releases} releases × {components} components ({after.Run.Components} checked, {after.Run.Matches} matches, {after.Run.NewFindings} new findings) — target ≤ 10 s"));
            var again = await RematchAsync(settings, monitoring).ConfigureAwait(false);
            Console.WriteLine(Measure.Format($"monitoring-rematch: re-match with nothing new: {again.Seconds:F2} s ({again.Run.NewFindings} new findings)"));
            Console.WriteLine(Measure.Format($"monitoring-rematch: load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            return again.Run.NewFindings == 0 && after.Seconds <= 10 ? 0 : 1;
        }
        finally
        {
            if (connection is not null)
            {
                Console.Error.WriteLine("monitoring-rematch: the PostgreSQL database keeps the seeded rows; use a throwaway database");
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Seconds, MatchRun Run)> RematchAsync(DatabaseSettings settings, MonitoringSettings monitoring)
    {
        await using var db = CodeAssureDatabase.CreateContext(settings);
        var matcher = new ReleaseMatcher(db, TimeProvider.System, monitoring);
        var clock = Stopwatch.StartNew();
        var run = await matcher.MatchAsync(null, CancellationToken.None).ConfigureAwait(false);
        return (clock.Elapsed.TotalSeconds, run);
    }

    private static async Task SeedAsync(DatabaseSettings settings, int releases, int components, int records)
    {
        await using var db = CodeAssureDatabase.CreateContext(settings);
        await CodeAssureDatabase.MigrateAsync(db, CancellationToken.None).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var organisation = new Organisation { Id = Guid.NewGuid(), Slug = "bench-" + Guid.NewGuid().ToString("N")[..8], Name = "Bench", StakeholderRole = "developer-distributor", CreatedAt = now };
        var product = new Product { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = "Widget", CreatedAt = now };
        db.Organisations.Add(organisation);
        db.Products.Add(product);
        await db.SaveChangesAsync().ConfigureAwait(false);

        // Each release takes a window of the pool shifted by 2% of a release: neighbouring releases share 98%.
        var pool = SyntheticAdvisories.Purls(components * 5, records).Distinct(StringComparer.Ordinal).ToList();
        for (var r = 0; r < releases; r++)
        {
            var release = new Release { Id = Guid.NewGuid(), OrganisationId = organisation.Id, ProductId = product.Id, Version = $"1.{r}.0", ReleasedOn = new DateOnly(2026, 1, 1) };
            db.Releases.Add(release);
            db.ReleaseSboms.Add(new ReleaseSbom
            {
                Id = Guid.NewGuid(), OrganisationId = organisation.Id, ProductId = product.Id, ReleaseId = release.Id, Format = "CycloneDX 1.6",
                MediaType = "application/vnd.cyclonedx+json", Sha256 = new string('0', 64), Content = [], ComponentCount = components, UploadedBy = "bench", UploadedAt = now,
            });
            var start = r * Math.Max(1, components / 50) % pool.Count;
            for (var c = 0; c < components; c++)
            {
                var purl = pool[(start + c) % pool.Count];
                db.ReleaseComponents.Add(new ReleaseComponent { Id = Guid.NewGuid(), OrganisationId = organisation.Id, ReleaseId = release.Id, Purl = purl, Name = purl, Version = purl[(purl.LastIndexOf('@') + 1)..] });
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
    }
}
