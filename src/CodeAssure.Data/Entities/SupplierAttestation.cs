namespace CodeAssure.Data.Entities;

/// <summary>
/// A supplier's signed self-assessment attestation imported into the register (uploaded, or read from the supplier's
/// portal), kept byte for byte with the verdict of its verification.
/// </summary>
public sealed class SupplierAttestation
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The supplier it came from.</summary>
    public Guid SupplierId { get; set; }

    /// <summary>The product in use it is about, when matched; null otherwise.</summary>
    public Guid? SupplierProductId { get; set; }

    /// <summary>The DSSE envelope exactly as received.</summary>
    public required byte[] Envelope { get; set; }

    /// <summary>SHA-256 (hex) of <see cref="Envelope"/>; one import per envelope and supplier.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Where it was read from, or null when uploaded.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The product named by the attestation's subject (empty when it could not be read).</summary>
    public required string SubjectName { get; set; }

    /// <summary>The release named by the subject, when given.</summary>
    public string? SubjectVersion { get; set; }

    /// <summary>The signing key's id (RFC 7638 thumbprint), when the envelope names one.</summary>
    public string? KeyId { get; set; }

    /// <summary>When the supplier issued it (the predicate's issue time), when readable.</summary>
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>The end of its validity period, when readable.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    /// <summary>Whether verification passed (signature, key validity, validity period, subject).</summary>
    public bool IsValid { get; set; }

    /// <summary>The verifier's verdict in words: what passed, or precisely what failed.</summary>
    public required string Verdict { get; set; }

    /// <summary>
    /// The per-principle summary of a readable predicate as JSON: an array of
    /// <c>{"principle":"1.1","met":n,"partiallyMet":n,"notMet":n,"notApplicable":n}</c>; null when unreadable.
    /// </summary>
    public string? PrinciplesJson { get; set; }

    /// <summary>When it was imported.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>When it was last verified (import, or a re-check after key rotation).</summary>
    public DateTimeOffset VerifiedAt { get; set; }

    /// <summary>Who imported it (user name), or the system for an automatic read.</summary>
    public required string ImportedBy { get; set; }
}
