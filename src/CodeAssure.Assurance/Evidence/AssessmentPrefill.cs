using System.Globalization;
using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// Turns an uploaded scan into proposed answers and merges them into a self-assessment without ever overwriting a
/// person's answer: the scan's claim verdicts met / partially met / not met become proposals (needs human evidence
/// and not applicable become none); proposals for unanswered claims are applied, with automated evidence items for
/// the checks that ran; proposals that agree with a person's answer only attach their evidence; proposals that
/// disagree are returned as conflicts and change nothing.
/// </summary>
public static class AssessmentPrefill
{
    /// <summary>Most provenance entries kept per check in a proposal (a secrets scan can report thousands of findings).</summary>
    public const int MaxProvenancePerCheck = 20;

    /// <summary>The proposals a bundle makes, in claim-id order.</summary>
    public static IReadOnlyList<PrefillProposal> Propose(ScanBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var checks = new Dictionary<string, BundleCheck>(StringComparer.Ordinal);
        foreach (var check in bundle.Checks)
        {
            checks.TryAdd(check.Id, check);
        }

        var proposals = new List<PrefillProposal>();
        foreach (var claim in bundle.Claims.DistinctBy(c => c.Id).OrderBy(c => c.Id))
        {
            Answer? answer = claim.Status switch
            {
                BundleClaimStatus.Met => Answer.Met,
                BundleClaimStatus.PartiallyMet => Answer.PartiallyMet,
                BundleClaimStatus.NotMet => Answer.NotMet,
                _ => null,
            };
            if (answer is null)
            {
                continue;
            }

            var ran = claim.Checks.Select(id => checks.GetValueOrDefault(id))
                .Where(c => c is { Status: BundleCheckStatus.Passed or BundleCheckStatus.Failed }).Select(c => c!).ToList();
            var provenance = new List<Provenance>();
            var omitted = 0;
            foreach (var check in ran)
            {
                var entries = ProvenanceOf(check, bundle.SubjectCommit).ToList();
                provenance.AddRange(entries.Take(MaxProvenancePerCheck));
                omitted += Math.Max(0, entries.Count - MaxProvenancePerCheck);
            }

            proposals.Add(new PrefillProposal(claim.Id, answer.Value, claim.Reason, [.. ran.Select(c => c.Id)], provenance, omitted));
        }

        return proposals;
    }

    /// <summary>Merges a bundle's proposals into an assessment (one new revision when anything changes).</summary>
    /// <param name="assessment">The assessment to fill.</param>
    /// <param name="bundle">The parsed bundle.</param>
    /// <param name="bundleId">The store's id for the bundle (default: its SHA-256).</param>
    public static PrefillResult Merge(Assessment assessment, ScanBundle bundle, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(bundle);
        bundleId ??= bundle.Sha256;
        var warnings = new List<string>();
        if (!string.Equals(bundle.CatalogVersion, assessment.CatalogVersion, StringComparison.Ordinal))
        {
            warnings.Add($"the scan used catalogue {bundle.CatalogVersion} and the assessment catalogue {assessment.CatalogVersion}; claim ids were matched as they are");
        }

        if (!string.Equals(bundle.Role, assessment.Role, StringComparison.Ordinal))
        {
            warnings.Add($"the scan assumed the {bundle.Role} role and the assessment is for the {assessment.Role} role");
        }

        var checks = bundle.Checks.DistinctBy(c => c.Id).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var items = new Dictionary<string, EvidenceItem>(StringComparer.Ordinal);
        var applied = new List<PrefillProposal>();
        var agreeing = new List<PrefillProposal>();
        var conflicts = new List<PrefillConflict>();
        var edits = new List<ClaimAssessment>();
        foreach (var proposal in Propose(bundle))
        {
            var current = assessment.Find(proposal.Claim);
            if (current is null)
            {
                warnings.Add($"the scan proposes an answer for claim {proposal.Claim}, which is not part of this assessment");
                continue;
            }

            if (current.Answer != Answer.Unanswered && current.Answer != proposal.Answer)
            {
                conflicts.Add(new PrefillConflict(current.Answer, proposal));
                continue;
            }

            var references = proposal.Checks.Select(id => ItemFor(checks[id], bundle, bundleId, items).Id).ToList();
            var evidence = current.Evidence.Concat(references.Where(r => !current.Evidence.Contains(r, StringComparer.Ordinal))).ToList();
            if (current.Answer == proposal.Answer)
            {
                agreeing.Add(proposal);
                edits.Add(current with { Evidence = evidence });
                continue;
            }

            applied.Add(proposal);
            edits.Add(current with
            {
                Answer = proposal.Answer,
                Argument = proposal.Answer == Answer.NotMet ? current.Argument : Argument(proposal, bundle),
                Evidence = evidence,
            });
        }

        var result = edits.Count == 0 ? assessment : assessment.WithChanges(items.Values, edits);
        return new PrefillResult(result, applied, agreeing, conflicts, warnings);
    }

    private static string Argument(PrefillProposal proposal, ScanBundle bundle) =>
        Clean(string.Create(CultureInfo.InvariantCulture,
            $"Automated evidence: {proposal.Reason} (codeassure scan of {bundle.SubjectName}{(bundle.SubjectCommit is null ? "" : $" at commit {bundle.SubjectCommit}")}, {bundle.ScannedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC)."),
            AssessmentLimits.MaxTextLength);

    private static EvidenceItem ItemFor(BundleCheck check, ScanBundle bundle, string bundleId, Dictionary<string, EvidenceItem> items)
    {
        var id = $"scan-{bundle.Sha256[..12]}-{check.Id}";
        if (id.Length > AssessmentLimits.MaxEvidenceIdLength)
        {
            id = id[..AssessmentLimits.MaxEvidenceIdLength];
        }

        if (!items.TryGetValue(id, out var item))
        {
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in check.Facts)
            {
                facts[CleanName(name)] = Clean(value, AssessmentLimits.MaxTextLength);
            }

            facts["scan.status"] = check.Status == BundleCheckStatus.Passed ? "passed" : "failed";
            facts["scan.findings"] = check.Findings.Count.ToString(CultureInfo.InvariantCulture);
            facts["scan.scannedAt"] = AssessmentJson.FormatInstant(bundle.ScannedAt);
            facts["scan.subject"] = CleanName(bundle.SubjectName);
            if (bundle.SubjectCommit is not null)
            {
                facts["scan.commit"] = CleanName(bundle.SubjectCommit);
            }

            item = EvidenceItem.Automated(id, CleanName($"{check.Id} {check.Title}"), CleanName(bundleId), CleanName(check.Id), facts);
            items[id] = item;
        }

        return item;
    }

    private static IEnumerable<Provenance> ProvenanceOf(BundleCheck check, string? subjectCommit)
    {
        foreach (var finding in check.Findings)
        {
            yield return new Provenance(check.Id, check.Status, finding.RuleId, finding.Message, null, null, finding.Path, finding.Line, finding.Commit ?? subjectCommit);
        }

        foreach (var (name, value) in check.Facts.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return new Provenance(check.Id, check.Status, null, null, name, value, null, null, subjectCommit);
        }

        if (check.Findings.Count == 0 && check.Facts.Count == 0)
        {
            yield return new Provenance(check.Id, check.Status, null, null, null, null, null, null, subjectCommit);
        }
    }

    // Bundle text is untrusted: control characters are replaced and lengths bounded so the evidence item is always valid.
    private static string Clean(string text, int max)
    {
        var chars = text.Select(c => c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029') ? c : '\uFFFD').ToArray();
        var clean = new string(chars);
        return clean.Length > max ? clean[..max] : clean;
    }

    private static string CleanName(string text)
    {
        var clean = Clean(text, AssessmentLimits.MaxNameLength).Replace('\n', ' ').Replace('\t', ' ').Trim();
        return clean.Length == 0 ? "(unnamed)" : clean;
    }
}
