namespace CodeAssure.Checks.Evidence;

/// <summary>
/// The result of <c>codeassure scan</c>: a stable, versioned contract (docs/evidence-schema.md,
/// docs/evidence-bundle.schema.json) that the server ingests. Members are only ever added within a major version.
/// </summary>
/// <param name="SchemaVersion">The bundle format's version ("1.0").</param>
/// <param name="Tool">The tool and version that produced it.</param>
/// <param name="CatalogVersion">The catalogue version the claims come from.</param>
/// <param name="ScannedAt">When the scan ran (UTC).</param>
/// <param name="Subject">What was scanned.</param>
/// <param name="Role">The stakeholder role the applicability was computed for.</param>
/// <param name="Checks">Every check that ran, in id order.</param>
/// <param name="Principles">Every principle of the catalogue with its claims' status.</param>
public sealed record EvidenceBundle(
    string SchemaVersion,
    BundleTool Tool,
    string CatalogVersion,
    DateTimeOffset ScannedAt,
    BundleSubject Subject,
    string Role,
    IReadOnlyList<CheckEvidence> Checks,
    IReadOnlyList<PrincipleEvidence> Principles)
{
    /// <summary>The current version of the bundle format.</summary>
    public const string CurrentSchemaVersion = "1.0";
}
