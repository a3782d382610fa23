using System.Text;
using CodeAssure.Attestation.Bundles;
using CodeAssure.Attestation.Dsse;
using CodeAssure.Attestation.InToto;
using CodeAssure.Attestation.Keys;
using CodeAssure.Attestation.Predicate;


namespace CodeAssure.Attestation.Tests;

/// <summary>Attestations built the way the server builds them, for tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset SignedAt = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly byte[] EvidenceFile = Encoding.UTF8.GetBytes("%PDF-1.7 threat model review minutes");

    public static readonly byte[] EvidenceBundle = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"checks\":[]}");

    public static readonly byte[] Sbom = Encoding.UTF8.GetBytes("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[]}");

    public static FixedClock Clock(DateTimeOffset? at = null) => new(at ?? SignedAt.AddDays(30));

    public static SelfAssessmentPredicate Predicate(DateTimeOffset? issuedAt = null, int version = 1, string? sbomSha = null)
    {
        var at = issuedAt ?? SignedAt;
        return new SelfAssessmentPredicate
        {
            Organisation = "Org A",
            Product = "payroll",
            Release = "2.4.0",
            CatalogVersion = "2025-05",
            StakeholderRole = "developer-distributor",
            Assessment = new AssessmentReference(version, Sha256Hex.Of(Encoding.UTF8.GetBytes("assessment " + version))),
            SignOff = new SignOffRecord("sro@a.test", "sro", at),
            IssuedAt = at,
            Validity = new ValidityPeriod(at, at.AddMonths(12)),
            Sbom = new SbomReference(sbomSha ?? Sha256Hex.Of(Sbom), null),
            Claims =
            [
                new ClaimRecord("1.1.1", "1.1", "met", ["file-1"], "Design reviews cover security."),
                new ClaimRecord("1.1.2", "1.1", "partially-met", [], "Half the teams."),
                new ClaimRecord("2.1.1", "2.1", "not-met", []),
                new ClaimRecord("4.3.1", "4.3", "not-applicable", [], Justification: "We do not resell."),
                new ClaimRecord("1.10.1", "1.10", "met", [], "x"),
            ],
            Evidence =
            [
                new EvidenceRecord("file-1", "file", "Review minutes", "minutes.pdf", Sha256Hex.Of(EvidenceFile)),
                new EvidenceRecord("link-1", "link", "Policy", Url: "https://example.test/policy"),
            ],
            EvidenceBundles = [new EvidenceBundleRecord("b-1", Sha256Hex.Of(EvidenceBundle))],
        };
    }

    public static InTotoStatement Statement(SelfAssessmentPredicate predicate) =>
        new([new StatementSubject("payroll@2.4.0", predicate.Sbom.Sha256 ?? predicate.Assessment.Sha256)], SelfAssessmentPredicate.PredicateType, predicate.ToJsonElement());

    public static byte[] Signed(SigningKey key, SelfAssessmentPredicate? predicate = null) =>
        EnvelopeSigner.Sign(Statement(predicate ?? Predicate()), key).ToJson();

    public static SigningKey Key(DateTimeOffset? activatedAt = null) => SigningKey.Generate(activatedAt ?? SignedAt.AddDays(-1));

    public static JsonWebKeySet KeySet(params PublicSigningKey[] keys) => new(keys);

    public static AttestationBundle Bundle(byte[] envelope, JsonWebKeySet keys, byte[]? evidence = null, byte[]? sbom = null) =>
        new(envelope, keys.ToJson(),
        [
            new BundleFile("evidence/file-1-minutes.pdf", BundleFileRole.Evidence, "file-1", evidence ?? EvidenceFile),
            new BundleFile("evidence-bundles/b-1.json", BundleFileRole.EvidenceBundle, "b-1", EvidenceBundle),
            new BundleFile("sbom/payroll-2.4.0.cdx.json", BundleFileRole.Sbom, "", sbom ?? Sbom),
        ]);

    public static byte[] Zip(AttestationBundle bundle)
    {
        using var stream = new MemoryStream();
        bundle.WriteTo(stream);
        return stream.ToArray();
    }
}
