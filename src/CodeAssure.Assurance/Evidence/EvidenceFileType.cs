namespace CodeAssure.Assurance.Evidence;

/// <summary>A file type accepted as evidence: its extensions, its media type, and how its content is recognised.</summary>
/// <param name="MediaType">The media type stored with the file, e.g. application/pdf.</param>
/// <param name="Extensions">The lower-case extensions (with the dot) that name it.</param>
/// <param name="IsText">True for text formats, recognised as UTF-8 text rather than by a magic number.</param>
public sealed record EvidenceFileType(string MediaType, IReadOnlyList<string> Extensions, bool IsText);
