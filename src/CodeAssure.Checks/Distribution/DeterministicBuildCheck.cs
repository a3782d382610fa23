using System.Globalization;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Distribution;

/// <summary>
/// CA-DIST-003: builds are deterministic (principle 3.1, claim 3.1.1), so a customer or auditor can rebuild a release
/// and compare it. Turning determinism off is a finding wherever it is; when releases are published and no setting
/// is found, a Low finding asks for one (SDK-style .NET projects count: they are deterministic by default). What is
/// found is recorded as facts naming file and line.
/// </summary>
public sealed class DeterministicBuildCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-DIST-003",
        "Deterministic build settings",
        [PrincipleId.Parse("3.1")],
        [ClaimId.Parse("3.1.1")],
        "Deterministic/ContinuousIntegrationBuild in .NET project files, SOURCE_DATE_EPOCH, Go -trimpath, Maven project.build.outputTimestamp, Gradle reproducible archives, Rust --remap-path-prefix; <Deterministic>false</Deterministic> is a finding.",
        "Make release builds reproducible: keep Deterministic on and set ContinuousIntegrationBuild in CI (.NET), build Go with -trimpath, set SOURCE_DATE_EPOCH or the ecosystem's timestamp setting.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var evidence = ReleaseEvidence.Collect(context, [.. ReleaseSignals.Deterministic, .. ReleaseSignals.NonDeterministic], cancellationToken);
        var facts = ReleaseEvidence.Facts(evidence.Found);
        facts["releaseDefinitions"] = string.Join(", ", evidence.Publishing.Select(m => m.Path).Distinct().Take(10));
        var findings = evidence.Found.Where(m => m.Rule.Level > FindingLevel.Info).Select(m => new CheckFinding
        {
            CheckId = Descriptor.Id,
            RuleId = m.Rule.Id,
            Level = m.Rule.Level,
            Message = m.Rule.Message,
            Location = new SourceLocation(m.Path, m.Line, m.Column),
            Value = m.Text,
            Fingerprint = $"{m.Rule.Id}|{m.Path}",
        }).ToList();
        var settings = evidence.Found.Count(m => m.Rule.Level == FindingLevel.Info);
        facts["settings"] = settings.ToString(CultureInfo.InvariantCulture);
        if (evidence.Publishing.Count == 0 && evidence.Found.Count == 0)
        {
            return Task.FromResult(new CheckOutcome(CheckStatus.NotApplicable, [], facts, "no release process and no build settings found: show how release builds are made reproducible (needs human evidence)"));
        }

        if (evidence.Publishing.Count > 0 && settings == 0 && findings.Count == 0)
        {
            var first = evidence.Publishing[0];
            findings.Add(new CheckFinding
            {
                CheckId = Descriptor.Id,
                RuleId = "no-deterministic-settings",
                Level = FindingLevel.Low,
                Message = $"releases are published (from {first.Path}) but no deterministic build setting was found",
                Location = new SourceLocation(first.Path, first.Line),
                Fingerprint = $"no-deterministic-settings|{first.Path}",
            });
        }

        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }
}
