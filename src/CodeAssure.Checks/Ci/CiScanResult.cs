using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>What a build-environment scan found: the CI definitions and build files it saw, and its findings.</summary>
/// <param name="Definitions">The CI definitions found, in path order.</param>
/// <param name="BuildFiles">The CI and build files found (relative paths, '/' separators), in path order.</param>
/// <param name="Findings">The findings, in file and line order.</param>
public sealed record CiScanResult(IReadOnlyList<CiDefinition> Definitions, IReadOnlyList<string> BuildFiles, IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>Configuration the definitions pull in from elsewhere (other projects, URLs, templates, components), listed but never fetched.</summary>
    public IReadOnlyList<string> ExternalIncludes { get; init; } = [];
}
