namespace CodeAssure.Data.Entities;

/// <summary>
/// One version of a self-assessment (organisation-wide or for one product), stored as the canonical JSON of
/// CodeAssure.Assurance's <c>AssessmentJson</c> with its SHA-256. The latest draft row is the one being edited; a
/// signed-off row is an immutable snapshot (<see cref="CodeAssureDbContext"/> refuses to change or delete it).
/// </summary>
public sealed class AssessmentVersion
{
    /// <summary>The status of a draft.</summary>
    public const string Draft = "draft";

    /// <summary>The status of a signed-off snapshot.</summary>
    public const string SignedOff = "signed-off";

    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product assessed, or null for the organisation-wide assessment.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>
    /// The product id ("D" format) or <c>organisation</c>: never null, so the unique index on (organisation, scope,
    /// number) also stops two organisation-wide drafts being created at once (NULLs are distinct in unique indexes).
    /// </summary>
    public required string Scope { get; set; }

    /// <summary>The scope value of the organisation-wide assessment.</summary>
    public const string OrganisationScope = "organisation";

    /// <summary>The version number (1, 2, …) within the organisation and product.</summary>
    public int Number { get; set; }

    /// <summary><see cref="Draft"/> or <see cref="SignedOff"/>.</summary>
    public required string Status { get; set; }

    /// <summary>The canonical JSON (UTF-8 text) of the assessment.</summary>
    public required string Content { get; set; }

    /// <summary>The lower-case hex SHA-256 of the canonical JSON.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Who created the version.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When the version was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who changed it last.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When it was changed last.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The SRO who signed it off, if signed off.</summary>
    public string? SignedOffBy { get; set; }

    /// <summary>When it was signed off.</summary>
    public DateTimeOffset? SignedOffAt { get; set; }
}
