namespace CodeAssure.Checks.Evidence;

/// <summary>A principle with its claims' evidence and an overall status.</summary>
/// <param name="Id">The principle id, e.g. 3.2.</param>
/// <param name="Statement">The principle.</param>
/// <param name="Status">The overall status from its claims.</param>
/// <param name="Claims">Its claims.</param>
public sealed record PrincipleEvidence(string Id, string Statement, EvidenceStatus Status, IReadOnlyList<ClaimEvidence> Claims);
