using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Sbom.Generation;
using CodeAssure.Vulnerabilities.Findings;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Checks.Composition;

/// <summary>CA-VULN-001: the components in the lock files have no known vulnerabilities (principles 1.2 and 3.3).</summary>
public sealed class KnownVulnerabilitiesCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-VULN-001",
        "Known vulnerabilities in third-party components",
        [PrincipleId.Parse("1.2"), PrincipleId.Parse("3.3")],
        [ClaimId.Parse("1.2.5"), ClaimId.Parse("3.3.1")],
        "Every component of the generated SBOM matched against the local OSV index (as 'codeassure vulns scan' does).",
        "Upgrade each affected component to its fixed version, or record why the product is not affected (VEX).");

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.OsvIndexPath is not { } indexPath || !File.Exists(indexPath))
        {
            return CheckOutcome.Skip("no OSV index: run 'codeassure osv import <source>' to check components for known vulnerabilities");
        }

        var graph = await new SbomGenerator(new SbomGenerationOptions { Exclude = context.Exclude ?? [] }).GenerateAsync(context.Root, cancellationToken).ConfigureAwait(false);
        if (graph.Packages.Count == 0)
        {
            return CheckOutcome.NotApplicable("no third-party components found in lock files");
        }

        MatchSummary summary;
        using (var index = OsvIndex.Open(indexPath))
        {
            summary = new VulnerabilityMatcher(new Source(index), OsvCvssScorer.Instance)
                .Match(graph.Packages.Select(p => new MatchTarget(p.Purl, p.Name, p.Purl)));
        }

        var byPurl = graph.Packages.ToDictionary(p => p.Purl, StringComparer.Ordinal);
        var findings = summary.Findings.Select(f => new CheckFinding
        {
            CheckId = Descriptor.Id,
            RuleId = f.Ids[0],
            Level = f.Severity switch
            {
                Severity.Critical => FindingLevel.Critical,
                Severity.High => FindingLevel.High,
                Severity.Medium or Severity.Unknown => FindingLevel.Medium,
                _ => FindingLevel.Low,
            },
            Message = $"{f.Name} {f.Version} is affected by {string.Join(", ", f.Ids)}" + (f.FixedIn is null ? "" : $"; fixed in {f.FixedIn}"),
            Location = byPurl.TryGetValue(f.Purl, out var p) && p.SourceFiles.Count > 0 ? new SourceLocation(p.SourceFiles[0]) : null,
            Value = f.Purl,
            Fingerprint = $"{f.Purl}|{f.Ids[0]}",
        }).ToList();
        var facts = new Dictionary<string, string>
        {
            ["componentsChecked"] = summary.Checked.ToString(CultureInfo.InvariantCulture),
            ["componentsNotChecked"] = summary.Unsupported.Count.ToString(CultureInfo.InvariantCulture),
            ["findings"] = summary.Findings.Count.ToString(CultureInfo.InvariantCulture),
        };
        return CheckOutcome.FromFindings(findings, facts);
    }

    private sealed class Source(OsvIndex index) : IAdvisorySource
    {
        public IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name) => index.FindMatchableByPackage(baseEcosystem, name);
    }
}
