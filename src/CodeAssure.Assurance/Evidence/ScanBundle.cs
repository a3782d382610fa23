namespace CodeAssure.Assurance.Evidence;

/// <summary>An uploaded <c>codeassure scan</c> evidence bundle (docs/evidence-schema.md), parsed and checked once.</summary>
/// <param name="SchemaVersion">The bundle format version, e.g. "1.0".</param>
/// <param name="Sha256">The SHA-256 of the bundle's bytes as uploaded: a stable id for it.</param>
/// <param name="ToolName">The producing tool.</param>
/// <param name="ToolVersion">Its version.</param>
/// <param name="CatalogVersion">The catalogue the claim ids come from.</param>
/// <param name="ScannedAt">When the scan ran.</param>
/// <param name="SubjectName">The scanned folder's name.</param>
/// <param name="SubjectCommit">The scanned commit, if known.</param>
/// <param name="Role">The stakeholder role the scan assumed.</param>
/// <param name="Checks">Every check, in bundle order.</param>
/// <param name="Claims">Every claim's verdict, flattened from the bundle's principles.</param>
public sealed record ScanBundle(
    string SchemaVersion,
    string Sha256,
    string ToolName,
    string ToolVersion,
    string CatalogVersion,
    DateTimeOffset ScannedAt,
    string SubjectName,
    string? SubjectCommit,
    string Role,
    IReadOnlyList<BundleCheck> Checks,
    IReadOnlyList<BundleClaim> Claims);
