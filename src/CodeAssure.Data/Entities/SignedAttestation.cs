namespace CodeAssure.Data.Entities;

/// <summary>
/// A signed attestation issued when the SRO signed off a product's self-assessment: the DSSE envelope exactly as signed,
/// with what it is about for listing. (Named SignedAttestation because <c>CodeAssure.Attestation</c> is the library's namespace.)
/// </summary>
public sealed class SignedAttestation
{
    /// <summary>The attestation's id (also its public address).</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The release whose SBOM is the subject, when one was known.</summary>
    public Guid? ReleaseId { get; set; }

    /// <summary>The release version, when known.</summary>
    public string? ReleaseVersion { get; set; }

    /// <summary>The statement subject's name, e.g. <c>payroll@2.4.0</c>.</summary>
    public required string SubjectName { get; set; }

    /// <summary>The subject's SHA-256.</summary>
    public required string SubjectSha256 { get; set; }

    /// <summary>The signed-off assessment version row.</summary>
    public Guid AssessmentVersionId { get; set; }

    /// <summary>The assessment version number.</summary>
    public int AssessmentVersionNumber { get; set; }

    /// <summary>The assessment's canonical SHA-256.</summary>
    public required string AssessmentSha256 { get; set; }

    /// <summary>The DSSE envelope (UTF-8 JSON) exactly as signed.</summary>
    public required string Envelope { get; set; }

    /// <summary>The signing key's id.</summary>
    public required string KeyId { get; set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The end of its validity period.</summary>
    public DateTimeOffset ValidUntil { get; set; }
}
