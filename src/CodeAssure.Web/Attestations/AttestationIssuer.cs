using System.Text;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Attestation.Dsse;
using CodeAssure.Attestation.InToto;
using CodeAssure.Attestation.Predicate;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Attestations;

/// <summary>
/// Issues the signed attestation of a product self-assessment at sign-off: builds the predicate from the signed-off
/// assessment, wraps it in an in-toto statement about the product release and signs it with the organisation's active
/// key. The row is added to the caller's unit of work, so the sign-off and its attestation are saved together.
/// </summary>
internal sealed class AttestationIssuer(CodeAssureDbContext db, SigningKeyStore keys, IReleaseSbomDigests sboms, AttestationSettings settings)
{
    public const string NoSbomNote = "No release SBOM was recorded at sign-off; the subject digest is the SHA-256 of the assessment's canonical JSON.";

    public async Task<SignedAttestation> IssueAsync(TenantContext tenant, Product product, AssessmentVersion row, Assessment signed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(signed);
        var signOff = signed.SignOff ?? throw new InvalidOperationException("only a signed-off assessment is attested");
        var assessmentSha = signed.ComputeDigest();
        var release = await sboms.LatestAsync(product.Id, ct).ConfigureAwait(false);
        var (keyRow, key) = await keys.ActiveAsync(tenant.Id, ct).ConfigureAwait(false);
        using (key)
        {
            // Whole seconds, as the key validity in the JWK Set is published.
            var issuedAt = DateTimeOffset.FromUnixTimeSeconds(signOff.SignedAt.ToUnixTimeSeconds());
            if (issuedAt < keyRow.ActivatedAt)
            {
                issuedAt = keyRow.ActivatedAt;
            }

            var predicate = new SelfAssessmentPredicate
            {
                Organisation = tenant.Organisation.Name,
                Product = product.Name,
                Release = release?.Version,
                CatalogVersion = signed.CatalogVersion,
                StakeholderRole = signed.Role,
                Assessment = new AssessmentReference(signed.Version, assessmentSha),
                SignOff = new SignOffRecord(signOff.SignedBy, signOff.SignerRole, signOff.SignedAt),
                IssuedAt = issuedAt,
                Validity = new ValidityPeriod(issuedAt, issuedAt.AddMonths(settings.ValidityMonths)),
                Sbom = release is { } r ? new SbomReference(r.Sha256) : new SbomReference(Note: NoSbomNote),
                Claims = [.. signed.Claims.Select(c => new ClaimRecord(c.Claim.ToString(), PrincipleOf(c.Claim.ToString()), c.Answer.ToToken(), c.Evidence, c.Argument, c.Justification))],
                Evidence = [.. signed.Evidence.Select(ToRecord)],
                EvidenceBundles = await BundlesAsync(tenant, signed, ct).ConfigureAwait(false),
            };
            var subject = release is { } rel
                ? new StatementSubject($"{product.Name}@{rel.Version}", rel.Sha256)
                : new StatementSubject(product.Name, assessmentSha);
            var envelope = EnvelopeSigner.Sign(new InTotoStatement([subject], SelfAssessmentPredicate.PredicateType, predicate.ToJsonElement()), key);
            var attestation = new SignedAttestation
            {
                Id = Guid.NewGuid(), OrganisationId = tenant.Id, ProductId = product.Id, ReleaseVersion = release?.Version,
                SubjectName = subject.Name, SubjectSha256 = subject.Sha256, AssessmentVersionId = row.Id, AssessmentVersionNumber = signed.Version,
                AssessmentSha256 = assessmentSha, Envelope = Encoding.UTF8.GetString(envelope.ToJson()), KeyId = key.KeyId,
                IssuedAt = issuedAt, ValidUntil = predicate.Validity.NotAfter,
            };
            db.SignedAttestations.Add(attestation);
            return attestation;
        }
    }

    private async Task<List<EvidenceBundleRecord>> BundlesAsync(TenantContext tenant, Assessment signed, CancellationToken ct)
    {
        var ids = signed.Evidence.Where(e => e.Kind == EvidenceKind.Automated && e.BundleId is not null)
            .Select(e => Guid.TryParse(e.BundleId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.EvidenceBundles.AsNoTracking().Where(b => b.OrganisationId == tenant.Id && ids.Contains(b.Id))
            .Select(b => new { b.Id, b.Sha256 }).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.OrderBy(b => b.Id).Select(b => new EvidenceBundleRecord(b.Id.ToString("D"), b.Sha256))];
    }

    private static EvidenceRecord ToRecord(EvidenceItem item) => new(
        item.Id, item.Kind.ToString().ToLowerInvariant(), item.Title, item.FileName, item.Sha256, item.Url?.AbsoluteUri, item.BundleId);

    /// <summary>The principle of a claim: its id without the last part (1.2.3 → 1.2).</summary>
    private static string PrincipleOf(string claim) => claim[..claim.LastIndexOf('.')];
}
