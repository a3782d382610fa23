using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>One version's figures in the progress over time.</summary>
/// <param name="Version">The version.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Status">Draft or signed off.</param>
/// <param name="SignedAt">When it was signed off, for a snapshot.</param>
/// <param name="Counts">Its answers.</param>
public sealed record ProgressPoint(int Version, int Revision, AssessmentStatus Status, DateTimeOffset? SignedAt, AnswerCounts Counts);
