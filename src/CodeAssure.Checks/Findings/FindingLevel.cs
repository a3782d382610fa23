namespace CodeAssure.Checks.Findings;

/// <summary>How serious a check finding is; ordered so comparisons read naturally.</summary>
public enum FindingLevel
{
    /// <summary>A fact recorded as evidence, not a problem (e.g. "CI runs the tests").</summary>
    Info = 0,

    /// <summary>Worth fixing when convenient.</summary>
    Low = 1,

    /// <summary>Should be fixed.</summary>
    Medium = 2,

    /// <summary>Must be fixed.</summary>
    High = 3,

    /// <summary>Must be fixed now (e.g. a live credential in the repository).</summary>
    Critical = 4,
}
