namespace CodeAssure.Data.Entities;

/// <summary>Where a vulnerability report stands, as the reporter sees it on the status page.</summary>
public enum DisclosureReportStatus
{
    /// <summary>Received and acknowledged; not yet looked at.</summary>
    Received = 0,

    /// <summary>Being triaged.</summary>
    Triage = 1,

    /// <summary>Confirmed as a vulnerability; a fix is being prepared.</summary>
    Confirmed = 2,

    /// <summary>Fixed (and, where needed, an advisory published).</summary>
    Resolved = 3,

    /// <summary>Not a vulnerability, out of scope, or a duplicate.</summary>
    Closed = 4,
}
