namespace CodeAssure.Assurance.Dashboard;

/// <summary>Where a principle, theme or whole assessment stands, in one word for the dashboard.</summary>
public enum StandingStatus
{
    /// <summary>None of its claims applies.</summary>
    NotApplicable,

    /// <summary>None of its applicable claims is answered yet.</summary>
    NotStarted,

    /// <summary>At least one claim is partially met or not met.</summary>
    HasGaps,

    /// <summary>No gaps so far, but some claims are still unanswered.</summary>
    InProgress,

    /// <summary>Every applicable claim is met.</summary>
    Met,
}
