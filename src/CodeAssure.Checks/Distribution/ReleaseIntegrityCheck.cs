using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Distribution;

/// <summary>
/// The shape of CA-DIST-001 and CA-DIST-002: when the repository publishes releases, look for the evidence that lets
/// a customer verify them; not applicable (a human must show it) when no release process is in the repository.
/// </summary>
public abstract class ReleaseIntegrityCheck : ICheck
{
    /// <inheritdoc />
    public abstract CheckDescriptor Descriptor { get; }

    internal abstract IReadOnlyList<TextRule> Rules { get; }

    /// <summary>The rule id of the finding when releases are published without the evidence.</summary>
    protected abstract string MissingRuleId { get; }

    /// <summary>The finding's level when it is missing.</summary>
    protected abstract FindingLevel MissingLevel { get; }

    /// <summary>The finding's message when it is missing (the publishing file is appended).</summary>
    protected abstract string MissingMessage { get; }

    /// <summary>Whether the way releases are published needs this evidence from the repository (default: any publishing does).</summary>
    internal virtual bool NeedsEvidence(IReadOnlyList<TextRuleMatch> publishing) => publishing.Count > 0;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = ReleaseEvidence.Collect(context, Rules, cancellationToken);
        var facts = ReleaseEvidence.Facts(evidence.Found);
        facts["releaseDefinitions"] = string.Join(", ", evidence.Publishing.Select(m => m.Path).Distinct().Take(10));
        facts["signals"] = evidence.Found.Count.ToString(CultureInfo.InvariantCulture);
        var findings = new List<CheckFinding>();
        if (evidence.Publishing.Count == 0)
        {
            return Task.FromResult(evidence.Found.Count > 0
                ? CheckOutcome.FromFindings(findings, facts)
                : new CheckOutcome(CheckStatus.NotApplicable, [], facts, "no release workflow or release configuration in the repository: show how releases are published and verified (needs human evidence)"));
        }

        if (evidence.Found.Count == 0 && !NeedsEvidence(evidence.Publishing))
        {
            facts["note"] = "releases go only to package or image registries, which publish each file's digest themselves";
        }
        else if (evidence.Found.Count == 0)
        {
            var first = evidence.Publishing[0];
            findings.Add(new CheckFinding
            {
                CheckId = Descriptor.Id,
                RuleId = MissingRuleId,
                Level = MissingLevel,
                Message = $"{MissingMessage} (releases are published from {string.Join(", ", evidence.Publishing.Select(m => m.Path).Distinct().Take(3))})",
                Location = new SourceLocation(first.Path, first.Line),
                Fingerprint = $"{MissingRuleId}|{first.Path}",
            });
        }

        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }
}
