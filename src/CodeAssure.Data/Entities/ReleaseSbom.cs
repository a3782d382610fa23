namespace CodeAssure.Data.Entities;

/// <summary>
/// The SBOM attached to a release (principle 3.3), kept byte for byte with its SHA-256 so that an attestation can name
/// exactly the document it covers. One per release: uploading again replaces it.
/// </summary>
public sealed class ReleaseSbom
{
    /// <summary>The upload's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The release the SBOM describes (unique).</summary>
    public Guid ReleaseId { get; set; }

    /// <summary>The standard and its version as read, e.g. <c>CycloneDX 1.6</c> or <c>SPDX 2.3</c>.</summary>
    public required string Format { get; set; }

    /// <summary>The media type it was uploaded as (what a download answers with).</summary>
    public required string MediaType { get; set; }

    /// <summary>The lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The document exactly as uploaded.</summary>
    public required byte[] Content { get; set; }

    /// <summary>The size of <see cref="Content"/> in bytes.</summary>
    public long SizeBytes { get; set; }

    /// <summary>How many components the document lists (its metadata component included).</summary>
    public int ComponentCount { get; set; }

    /// <summary>Who uploaded it: a user id or <c>token:{id}</c>.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
