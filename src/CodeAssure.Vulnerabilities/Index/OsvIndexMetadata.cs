namespace CodeAssure.Vulnerabilities.Index;

/// <summary>What the index says about itself: when it was written, from which sources, and counts per ecosystem.</summary>
/// <param name="Written">When the file was written.</param>
/// <param name="Sources">The sources imported into it, most recent import last.</param>
/// <param name="Ecosystems">Counts per base ecosystem, by name.</param>
/// <param name="RecordsWithoutPackage">Records that name no package (e.g. git-only or empty <c>affected</c>).</param>
public sealed record OsvIndexMetadata(DateTimeOffset Written, IReadOnlyList<OsvIndexSource> Sources, IReadOnlyList<OsvEcosystemCount> Ecosystems, int RecordsWithoutPackage);
