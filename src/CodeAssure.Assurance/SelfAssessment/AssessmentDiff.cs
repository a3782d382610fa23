using System.Globalization;
using CodeAssure.Assurance.Evidence;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>What changed between two versions of a self-assessment: claims field by field, and evidence items.</summary>
public sealed class AssessmentDiff
{
    private AssessmentDiff(IReadOnlyList<ClaimChange> claims, IReadOnlyList<string> evidenceAdded, IReadOnlyList<string> evidenceRemoved, IReadOnlyList<string> evidenceChanged)
    {
        Claims = claims;
        EvidenceAdded = evidenceAdded;
        EvidenceRemoved = evidenceRemoved;
        EvidenceChanged = evidenceChanged;
    }

    /// <summary>The claims that differ, in claim-id order.</summary>
    public IReadOnlyList<ClaimChange> Claims { get; }

    /// <summary>Ids of evidence items only in the later version.</summary>
    public IReadOnlyList<string> EvidenceAdded { get; }

    /// <summary>Ids of evidence items only in the earlier version.</summary>
    public IReadOnlyList<string> EvidenceRemoved { get; }

    /// <summary>Ids of evidence items in both whose content differs.</summary>
    public IReadOnlyList<string> EvidenceChanged { get; }

    /// <summary>True when nothing differs.</summary>
    public bool IsEmpty => Claims.Count == 0 && EvidenceAdded.Count == 0 && EvidenceRemoved.Count == 0 && EvidenceChanged.Count == 0;

    /// <summary>Compares an earlier and a later value.</summary>
    public static AssessmentDiff Between(Assessment before, Assessment after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var earlier = before.Claims.ToDictionary(c => c.Claim);
        var later = after.Claims.ToDictionary(c => c.Claim);
        var changes = new List<ClaimChange>();
        foreach (var id in earlier.Keys.Union(later.Keys).Order())
        {
            var a = earlier.GetValueOrDefault(id);
            var b = later.GetValueOrDefault(id);
            var fields = Fields(a, b);
            if (fields.Count > 0 || (a is null) != (b is null))
            {
                changes.Add(new ClaimChange(id, a is null ? ChangeKind.Added : b is null ? ChangeKind.Removed : ChangeKind.Changed, fields));
            }
        }

        var oldEvidence = before.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var newEvidence = after.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new AssessmentDiff(
            changes,
            [.. newEvidence.Keys.Where(k => !oldEvidence.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. oldEvidence.Keys.Where(k => !newEvidence.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. newEvidence.Keys.Where(k => oldEvidence.TryGetValue(k, out var old) && !SameEvidence(old, newEvidence[k])).Order(StringComparer.Ordinal)]);
    }

    private static List<FieldChange> Fields(ClaimAssessment? a, ClaimAssessment? b)
    {
        var fields = new List<FieldChange>();
        void Compare(string field, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(field, x, y));
            }
        }

        Compare("answer", a?.Answer.ToToken(), b?.Answer.ToToken());
        Compare("justification", a?.Justification, b?.Justification);
        Compare("argument", a?.Argument, b?.Argument);
        Compare("owner", a?.Owner, b?.Owner);
        Compare("targetDate", a?.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b?.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Compare("evidence", a is null ? null : string.Join(", ", a.Evidence), b is null ? null : string.Join(", ", b.Evidence));
        return fields;
    }

    private static bool SameEvidence(EvidenceItem a, EvidenceItem b) =>
        AssessmentJson.EvidenceNode(a).ToJsonString() == AssessmentJson.EvidenceNode(b).ToJsonString();
}
