namespace CodeAssure.Data.Entities;

/// <summary>Where a finding came from.</summary>
public enum FindingSource
{
    /// <summary>A release SBOM component matched an OSV advisory.</summary>
    Osv = 0,

    /// <summary>A report through the organisation's vulnerability disclosure form.</summary>
    Report = 1,

    /// <summary>Entered by a member of the organisation.</summary>
    Manual = 2,
}
