using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using Microsoft.EntityFrameworkCore;
using OsvFinding = CodeAssure.Vulnerabilities.Findings.VulnerabilityFinding;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// Matches releases' stored components against the OSV index and raises a <see cref="VulnerabilityFinding"/> for every
/// vulnerability × component not recorded before. Idempotent: an existing finding (whatever its triage state) is
/// never duplicated, changed or reopened; findings whose advisory was later withdrawn are kept as they are.
/// </summary>
internal sealed class ReleaseMatcher(CodeAssureDbContext db, TimeProvider time, MonitoringSettings settings)
{
    // Releases are matched in batches so memory stays bounded however many releases there are.
    private const int BatchSize = 50;

    /// <summary>Matches the given releases, or every release with an SBOM when <paramref name="releaseIds"/> is null.</summary>
    public async Task<MatchRun> MatchAsync(IReadOnlyCollection<Guid>? releaseIds, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.IndexPath))
        {
            return new MatchRun(0, 0, 0, 0, 0, IndexMissing: true);
        }

        var query = db.ReleaseSboms.AsNoTracking();
        if (releaseIds is not null)
        {
            query = query.Where(s => releaseIds.Contains(s.ReleaseId));
        }

        var releases = await query.OrderBy(s => s.ReleaseId)
            .Select(s => new ReleaseRef(s.ReleaseId, s.OrganisationId, s.ProductId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        using var index = OsvIndex.Open(settings.IndexPath);
        var matcher = new VulnerabilityMatcher(new CachingAdvisorySource(index), OsvCvssScorer.Instance);
        int components = 0, matches = 0, raised = 0;
        foreach (var batch in releases.Chunk(BatchSize))
        {
            var ids = batch.Select(r => r.ReleaseId).ToList();
            var rows = await db.ReleaseComponents.AsNoTracking().Where(c => ids.Contains(c.ReleaseId))
                .Select(c => new { c.ReleaseId, c.Purl, c.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var byRelease = rows.ToLookup(c => c.ReleaseId);
            var known = await KnownFindingsAsync(ids, cancellationToken).ConfigureAwait(false);
            foreach (var release in batch)
            {
                var targets = byRelease[release.ReleaseId].Where(c => c.Purl.Length > 0)
                    .Select(c => new MatchTarget(c.Purl, c.Name)).DistinctBy(t => t.Purl, StringComparer.Ordinal).ToList();
                var summary = matcher.Match(targets);
                components += summary.Checked;
                matches += summary.Findings.Count;
                var fresh = summary.Findings.Where(f => !IsKnown(known[release.ReleaseId], f)).ToList();
                if (fresh.Count > 0)
                {
                    raised += await RecordAsync(release, fresh, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return new MatchRun(releases.Count, components, matches, raised, index.RecordCount, IndexMissing: false);
    }

    // Under a per-release lock, so a release job and a re-match-all running at once cannot both insert one finding:
    // PostgreSQL takes a transaction-scoped advisory lock on the release, SQLite's IMMEDIATE transaction holds the writer lock.
    private async Task<int> RecordAsync(ReleaseRef release, List<OsvFinding> candidates, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsNpgsql())
        {
            var key = BitConverter.ToInt64(release.ReleaseId.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken).ConfigureAwait(false);
        }

        var known = (await KnownFindingsAsync([release.ReleaseId], cancellationToken).ConfigureAwait(false))[release.ReleaseId].ToList();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var finding in candidates)
        {
            if (IsKnown(known, finding))
            {
                continue;
            }

            var entity = ToEntity(release, finding, now);
            db.Findings.Add(entity);
            known.Add(new KnownFinding(entity.PackageUrl, [entity.VulnerabilityId, .. finding.Ids]));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return added;
    }

    private async Task<ILookup<Guid, KnownFinding>> KnownFindingsAsync(List<Guid> releaseIds, CancellationToken cancellationToken)
    {
        var rows = await db.Findings.AsNoTracking().Where(f => f.ReleaseId != null && releaseIds.Contains(f.ReleaseId.Value))
            .Select(f => new { f.ReleaseId, f.PackageUrl, f.VulnerabilityId, f.Aliases })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(
            f => f.ReleaseId!.Value,
            f => new KnownFinding(f.PackageUrl, [f.VulnerabilityId, .. (f.Aliases ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)]));
    }

    // The same vulnerability in the same component: any id or alias in common. The primary id may change when a new
    // record aliases an old one (a GHSA gaining its CVE), so ids are compared as sets, not by the primary id alone.
    private static bool IsKnown(IEnumerable<KnownFinding> known, OsvFinding finding)
    {
        var purl = Clip(finding.Purl, 1000);
        return known.Any(k => string.Equals(k.PackageUrl, purl, StringComparison.Ordinal) &&
                              k.Ids.Any(id => finding.Ids.Contains(id, StringComparer.OrdinalIgnoreCase)));
    }

    private static VulnerabilityFinding ToEntity(ReleaseRef release, OsvFinding finding, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = release.OrganisationId,
        ProductId = release.ProductId,
        ReleaseId = release.ReleaseId,
        VulnerabilityId = Clip(finding.Ids[0], 100),
        Aliases = finding.Ids.Count > 1 ? ClipList(finding.Ids.Skip(1), 1000) : null,
        Summary = finding.Summary is null ? null : Clip(finding.Summary, 1000),
        PackageUrl = Clip(finding.Purl, 1000),
        Severity = (FindingSeverity)(int)finding.Severity,
        CvssVector = finding.Cvss is null ? null : Clip(finding.Cvss.Vector, 200),
        CvssScore = finding.Cvss?.Score,
        Source = FindingSource.Osv,
        Status = FindingStatus.UnderInvestigation,
        FixedInVersion = finding.FixedIn is null ? null : Clip(finding.FixedIn, 100),
        DetectedAt = now,
        UpdatedAt = now,
    };

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    // Whole ids only: a list cut in the middle of an id would invent an id.
    private static string ClipList(IEnumerable<string> ids, int length)
    {
        var text = "";
        foreach (var id in ids)
        {
            var next = text.Length == 0 ? id : text + " " + id;
            if (next.Length > length)
            {
                break;
            }

            text = next;
        }

        return text;
    }

    private sealed record ReleaseRef(Guid ReleaseId, Guid OrganisationId, Guid ProductId);

    private sealed record KnownFinding(string? PackageUrl, string[] Ids);
}
