namespace CodeAssure.Data.Entities;

/// <summary>
/// A questionnaire an organisation (typically a reseller) sends to an upstream vendor over the claims of themes 1 and 2,
/// which only the vendor can answer. The vendor answers through a link that needs no account and expires; the answers
/// (or the vendor's attestation) are kept, with their SHA-256, as the organisation's evidence.
/// </summary>
public sealed class VendorQuestionnaire
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation that sent it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The vendor asked.</summary>
    public required string VendorName { get; set; }

    /// <summary>The vendor's contact address the link was meant for.</summary>
    public required string VendorEmail { get; set; }

    /// <summary>The vendor's product the questions are about.</summary>
    public required string ProductName { get; set; }

    /// <summary>SHA-256 (hex) of the link's token; the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; set; }

    /// <summary>Who created it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the link no longer works.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the vendor submitted; null until then (a link is answered once).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The submitted answers as JSON (documented in docs/questionnaires.md), or null.</summary>
    public string? AnswersJson { get; set; }

    /// <summary>The vendor's attestation (a DSSE envelope) given instead of, or with, the answers.</summary>
    public string? AttestationJson { get; set; }

    /// <summary>SHA-256 (hex) of the stored answers and attestation, for citing as evidence.</summary>
    public string? Sha256 { get; set; }

    /// <summary>When the sender withdrew the link; null unless it did.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The verdict of the last verification of <see cref="AttestationJson"/> by the sender (valid or why not, with the keys used), or null.</summary>
    public string? AttestationVerdict { get; set; }

    /// <summary>When <see cref="AttestationVerdict"/> was reached.</summary>
    public DateTimeOffset? AttestationVerifiedAt { get; set; }
}
