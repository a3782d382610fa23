namespace CodeAssure.Data.Entities;

/// <summary>A file uploaded as self-assessment evidence, kept byte for byte with its SHA-256 (checked by EvidenceFilePolicy).</summary>
public sealed class AssessmentEvidenceFile
{
    /// <summary>The file's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product whose assessment it belongs to, or null for the organisation-wide one.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>The file name as uploaded (checked).</summary>
    public required string FileName { get; set; }

    /// <summary>The media type decided from the file's type (never the client's claim).</summary>
    public required string MediaType { get; set; }

    /// <summary>The size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Who uploaded it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The file's bytes.</summary>
#pragma warning disable CA1819 // An EF-mapped blob: the array is the stored value.
    public required byte[] Content { get; set; }
#pragma warning restore CA1819
}
