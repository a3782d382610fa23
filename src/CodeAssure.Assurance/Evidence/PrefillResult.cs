namespace CodeAssure.Assurance.Evidence;

/// <summary>The outcome of merging a scan's proposals into a self-assessment.</summary>
/// <param name="Assessment">The new value: unanswered claims answered from the scan, automated evidence attached.
/// Unchanged (same instance) when nothing was applied.</param>
/// <param name="Applied">Proposals applied to unanswered claims.</param>
/// <param name="Agreeing">Proposals that match a person's answer (their evidence is attached; the answer is untouched).</param>
/// <param name="Conflicts">Proposals that disagree with a person's answer (nothing changed; shown for review).</param>
/// <param name="Warnings">Why some of the bundle could not be used (another catalogue, role or claims outside the assessment).</param>
public sealed record PrefillResult(
    SelfAssessment.Assessment Assessment,
    IReadOnlyList<PrefillProposal> Applied,
    IReadOnlyList<PrefillProposal> Agreeing,
    IReadOnlyList<PrefillConflict> Conflicts,
    IReadOnlyList<string> Warnings);
