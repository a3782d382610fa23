using CodeAssure.Advisories.Vex;
using CodeAssure.Data;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Advisories;

/// <summary>VEX documents (OpenVEX 0.2.0 or CycloneDX 1.6) for one release, written from its findings.</summary>
internal sealed class ReleaseVexService(CodeAssureDbContext db, TimeProvider time)
{
    /// <summary>The document as text, or null when the organisation has no such release.</summary>
    public async Task<string?> WriteAsync(TenantContext tenant, Guid releaseId, VexFormat format, Uri documentId, CancellationToken cancellationToken)
    {
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.OrganisationId == tenant.Id && r.Id == releaseId, cancellationToken).ConfigureAwait(false);
        if (release is null)
        {
            return null;
        }

        var product = await db.Products.AsNoTracking().FirstAsync(p => p.OrganisationId == tenant.Id && p.Id == release.ProductId, cancellationToken).ConfigureAwait(false);
        var findings = await db.Findings.AsNoTracking().Where(f => f.OrganisationId == tenant.Id && f.ReleaseId == releaseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var content = new ReleaseVexContent
        {
            Author = tenant.Organisation.Name,
            ProductName = product.Name,
            Version = release.Version,
            ProductId = AdvisoryContentBuilder.ReleasePurl(tenant.Organisation, product, release),
            DocumentId = documentId,
            SerialNumber = Guid.NewGuid(),
            Timestamp = time.GetUtcNow(),
            Entries = findings
                .OrderBy(f => f.VulnerabilityId, StringComparer.Ordinal)
                .ThenBy(f => f.PackageUrl, StringComparer.Ordinal)
                .Select(AdvisoryContentBuilder.VexEntryOf)
                .ToList(),
        };
        return format == VexFormat.OpenVex ? OpenVexWriter.Write(content) : CycloneDxVexWriter.Write(content);
    }
}
