using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Sbom.Generation;

namespace CodeAssure.Checks.Composition;

/// <summary>CA-SBOM-001: the third-party components can be inventoried from the lock files (principle 1.2, claim 1.2.1).</summary>
public sealed class SbomGenerationCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-SBOM-001",
        "Component inventory (SBOM) from lock files",
        [PrincipleId.Parse("1.2")],
        [ClaimId.Parse("1.2.1"), ClaimId.Parse("1.1.4")],
        "Lock files and manifests of every supported ecosystem; an SBOM is generated from them as 'codeassure sbom generate' does.",
        "Commit a lock file for every manifest (packages.lock.json, package-lock.json, poetry.lock, Cargo.lock, go.sum …) and fix unreadable ones.");

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var graph = await new SbomGenerator(new SbomGenerationOptions { Exclude = context.Exclude ?? [] }).GenerateAsync(context.Root, cancellationToken).ConfigureAwait(false);
        if (graph.ScannedFiles.Count == 0 && graph.Warnings.Count == 0)
        {
            return CheckOutcome.NotApplicable("no lock files or manifests found");
        }

        var findings = graph.Warnings.Select(w => new CheckFinding
        {
            CheckId = Descriptor.Id,
            RuleId = "unreadable-lock-file",
            Level = FindingLevel.Low,
            Message = $"a lock file could not be read: {w}",
        }).ToList();
        var facts = new Dictionary<string, string>
        {
            ["lockFiles"] = graph.ScannedFiles.Count.ToString(CultureInfo.InvariantCulture),
            ["components"] = graph.Packages.Count.ToString(CultureInfo.InvariantCulture),
            ["directDependencies"] = graph.DirectDependencies.Count.ToString(CultureInfo.InvariantCulture),
            ["ecosystems"] = string.Join(", ", graph.Packages.Select(p => p.Ecosystem.ToString()).Distinct().Order(StringComparer.Ordinal)),
        };
        return CheckOutcome.FromFindings(findings, facts);
    }
}
