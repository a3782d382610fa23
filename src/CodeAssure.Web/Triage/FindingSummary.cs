using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Triage;

/// <summary>A finding as lists show it: with its product, release and assignee named, and whether it is overdue.</summary>
internal sealed record FindingSummary(VulnerabilityFinding Finding, string ProductName, string? ReleaseVersion, string? AssigneeEmail, bool IsOverdue);
