namespace CodeAssure.Data.Entities;

/// <summary>
/// The triage state of a finding, named after the VEX states that CycloneDX, OpenVEX and CSAF share, so a finding's
/// state can be published as VEX without translation loss.
/// </summary>
public enum FindingStatus
{
    /// <summary>Not yet known whether the release is affected.</summary>
    UnderInvestigation = 0,

    /// <summary>The release is affected; an action statement says what to do.</summary>
    Affected = 1,

    /// <summary>The release is not affected; <see cref="VulnerabilityFinding.Justification"/> says why.</summary>
    NotAffected = 2,

    /// <summary>Fixed, in <see cref="VulnerabilityFinding.FixedInVersion"/> when known.</summary>
    Fixed = 3,
}
