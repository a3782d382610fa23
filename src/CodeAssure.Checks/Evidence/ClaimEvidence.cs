namespace CodeAssure.Checks.Evidence;

/// <summary>A claim of the self-assessment with what the scan says about it.</summary>
/// <param name="Id">The claim id, e.g. 3.2.1.</param>
/// <param name="Statement">The claim.</param>
/// <param name="Status">The scan's verdict.</param>
/// <param name="Checks">The ids of the checks that evidence it (ran or not).</param>
/// <param name="Reason">Why the status is what it is, in one sentence.</param>
public sealed record ClaimEvidence(string Id, string Statement, EvidenceStatus Status, IReadOnlyList<string> Checks, string Reason);
