namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>How a claim or evidence item differs between two versions.</summary>
public enum ChangeKind
{
    /// <summary>Only in the later version.</summary>
    Added,

    /// <summary>Only in the earlier version.</summary>
    Removed,

    /// <summary>In both, with different fields.</summary>
    Changed,
}
