namespace CodeAssure.Assurance.Evidence;

/// <summary>An uploaded file that passed <see cref="EvidenceFilePolicy"/>: name, detected media type, size and SHA-256.</summary>
/// <param name="FileName">The file's name as uploaded (checked: no path, no control characters).</param>
/// <param name="MediaType">The media type, from the extension and confirmed by the content.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Sha256">The SHA-256, 64 lower-case hex digits.</param>
public sealed record AcceptedEvidenceFile(string FileName, string MediaType, long Size, string Sha256)
{
    /// <summary>The evidence item for this file.</summary>
    public EvidenceItem ToEvidenceItem(string id, string? title = null) =>
        EvidenceItem.File(id, title ?? FileName, FileName, MediaType, Size, Sha256);
}
