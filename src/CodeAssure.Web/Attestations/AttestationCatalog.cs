using System.Text;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Attestations;

/// <summary>Reads an organisation's issued attestations and builds the offline bundle of one.</summary>
internal sealed class AttestationCatalog(CodeAssureDbContext db, SigningKeyStore keys)
{
    /// <summary>Attestations of the organisation, newest first, without their envelopes.</summary>
    public async Task<List<AttestationSummary>> ListAsync(Guid organisationId, CancellationToken ct)
    {
        var rows = await db.SignedAttestations.AsNoTracking().Where(a => a.OrganisationId == organisationId)
            .Join(db.Products, a => a.ProductId, p => p.Id, (a, p) => new AttestationSummary(
                a.Id, p.Id, p.Name, a.ReleaseVersion, a.SubjectName, a.SubjectSha256, a.AssessmentVersionNumber, a.AssessmentSha256, a.KeyId, a.IssuedAt, a.ValidUntil))
            .ToListAsync(ct).ConfigureAwait(false);
        // SQLite cannot order by DateTimeOffset; the list is small.
        return [.. rows.OrderByDescending(a => a.IssuedAt).ThenByDescending(a => a.AssessmentVersion)];
    }

    public Task<SignedAttestation?> FindAsync(Guid organisationId, Guid id, CancellationToken ct) =>
        db.SignedAttestations.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == organisationId && a.Id == id, ct);

    /// <summary>The zip a customer verifies offline: envelope, key set, manifest, assessment, evidence files and bundles.</summary>
    public async Task<byte[]> BundleAsync(SignedAttestation attestation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        var files = new List<BundleFile>();
        var version = await db.AssessmentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == attestation.AssessmentVersionId, ct).ConfigureAwait(false);
        if (version is not null)
        {
            files.Add(new BundleFile("assessment/assessment.json", BundleFileRole.Assessment, "", Encoding.UTF8.GetBytes(version.Content)));
            var evidence = AssessmentServiceParse(version);
            var fileIds = evidence.Where(e => e.Kind == Assurance.Evidence.EvidenceKind.File && e.Id.StartsWith("file-", StringComparison.Ordinal))
                .Select(e => (Item: e, Id: Guid.TryParseExact(e.Id["file-".Length..], "N", out var g) ? g : Guid.Empty))
                .Where(x => x.Id != Guid.Empty).ToList();
            var ids = fileIds.Select(x => x.Id).ToList();
            var stored = await db.AssessmentEvidenceFiles.AsNoTracking()
                .Where(f => f.OrganisationId == attestation.OrganisationId && ids.Contains(f.Id)).ToListAsync(ct).ConfigureAwait(false);
            foreach (var (item, id) in fileIds)
            {
                if (stored.FirstOrDefault(f => f.Id == id) is { } file)
                {
                    files.Add(new BundleFile($"evidence/{item.Id}-{AttestationBundle.SafeSegment(file.FileName)}", BundleFileRole.Evidence, item.Id, file.Content));
                }
            }

            var bundleIds = evidence.Where(e => e.BundleId is not null).Select(e => Guid.TryParse(e.BundleId, out var g) ? g : Guid.Empty)
                .Where(g => g != Guid.Empty).Distinct().ToList();
            var bundles = await db.EvidenceBundles.AsNoTracking()
                .Where(b => b.OrganisationId == attestation.OrganisationId && bundleIds.Contains(b.Id)).ToListAsync(ct).ConfigureAwait(false);
            foreach (var bundle in bundles.OrderBy(b => b.Id))
            {
                files.Add(new BundleFile($"evidence-bundles/{bundle.Id:D}.json", BundleFileRole.EvidenceBundle, bundle.Id.ToString("D"), bundle.Content));
            }
        }

        // The SBOM the statement's subject names, matched by its digest, so the customer can check the subject offline.
        if (attestation.ReleaseVersion is not null &&
            await db.ReleaseSboms.AsNoTracking()
                .Where(s => s.OrganisationId == attestation.OrganisationId && s.ProductId == attestation.ProductId && s.Sha256 == attestation.SubjectSha256)
                .FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } sbom)
        {
            var extension = sbom.MediaType.Contains("xml", StringComparison.OrdinalIgnoreCase) ? "xml"
                : sbom.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? "json" : "txt";
            files.Add(new BundleFile($"sbom/{AttestationBundle.SafeSegment(attestation.ReleaseVersion)}.{extension}", BundleFileRole.Sbom, "", sbom.Content));
        }

        var keySet = await keys.KeySetAsync(attestation.OrganisationId, ct).ConfigureAwait(false);
        using var zip = new MemoryStream();
        new AttestationBundle(Encoding.UTF8.GetBytes(attestation.Envelope), keySet.ToJson(), files).WriteTo(zip);
        return zip.ToArray();
    }

    private static IReadOnlyList<Assurance.Evidence.EvidenceItem> AssessmentServiceParse(AssessmentVersion version) =>
        Assessments.AssessmentService.Parse(version).Evidence;
}
