using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Triage;

/// <summary>The triage state machine: which moves are allowed, and what counts as open, resolved and overdue.</summary>
internal static class FindingWorkflow
{
    public static bool IsOpen(FindingStatus status) => status is FindingStatus.UnderInvestigation or FindingStatus.Affected;

    public static bool IsOpen(VulnerabilityFinding finding) => IsOpen(finding.Status);

    /// <summary>Open and past its due date.</summary>
    public static bool IsOverdue(VulnerabilityFinding finding, DateTimeOffset now) =>
        IsOpen(finding) && finding.DueAt is { } due && due < now;

    /// <summary>
    /// Why a move is refused, or null when it is allowed. A resolved finding goes back through an open state before it
    /// can be resolved the other way, so "fixed" and "not affected" never silently replace each other.
    /// </summary>
    public static string? Refusal(FindingStatus from, FindingStatus to)
    {
        if (from == to)
        {
            return $"The finding is already {TriageNames.Name(to)}.";
        }

        if (!IsOpen(from) && !IsOpen(to))
        {
            return $"A finding that is {TriageNames.Name(from)} cannot become {TriageNames.Name(to)} directly: reopen it (under_investigation or affected) first.";
        }

        return null;
    }
}
