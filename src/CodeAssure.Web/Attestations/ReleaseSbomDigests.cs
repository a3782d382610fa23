using CodeAssure.Data;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Attestations;

/// <summary>
/// The attestation subject's digest: the SBOM of the product's latest release that has one (release SBOMs are uploaded
/// per release, see docs/monitoring.md). Without any release SBOM the subject falls back to the assessment itself.
/// </summary>
internal sealed class ReleaseSbomDigests(CodeAssureDbContext db) : IReleaseSbomDigests
{
    public async Task<(string Version, string Sha256)?> LatestAsync(Guid productId, CancellationToken ct)
    {
        var rows = await db.ReleaseSboms.AsNoTracking()
            .Where(s => s.ProductId == productId)
            .Join(db.Releases, s => s.ReleaseId, r => r.Id, (s, r) => new { r.Version, r.ReleasedOn, s.Sha256, s.UploadedAt })
            .ToListAsync(ct).ConfigureAwait(false);
        // Sorted here: SQLite cannot order by DateTimeOffset; a product has few releases.
        var latest = rows.OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.UploadedAt).FirstOrDefault();
        return latest is null ? null : (latest.Version, latest.Sha256);
    }
}
