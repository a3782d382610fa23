namespace CodeAssure.Data.Entities;

/// <summary>An uploaded evidence bundle (docs/evidence-bundle.schema.json), kept byte for byte with its SHA-256.</summary>
public sealed class StoredEvidenceBundle
{
    /// <summary>The upload's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product the evidence is for.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The bundle's schema version.</summary>
    public required string SchemaVersion { get; set; }

    /// <summary>The scanned subject's name.</summary>
    public required string SubjectName { get; set; }

    /// <summary>The scan time the bundle states.</summary>
    public DateTimeOffset ScannedAt { get; set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who uploaded it: a user id or <c>token:{id}</c>.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>The bundle as uploaded (UTF-8 JSON).</summary>
#pragma warning disable CA1819 // An EF-mapped blob: the array is the stored value.
    public required byte[] Content { get; set; }
#pragma warning restore CA1819
}
