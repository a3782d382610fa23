namespace CodeAssure.Advisories.Vex;

/// <summary>
/// Whether one product is affected by one vulnerability: the four states CSAF, OpenVEX and CycloneDX VEX share.
/// </summary>
public enum VexStatus
{
    /// <summary>Not yet known (CSAF <c>under_investigation</c>, CycloneDX <c>in_triage</c>).</summary>
    UnderInvestigation = 0,

    /// <summary>Affected (CSAF <c>known_affected</c>, CycloneDX <c>exploitable</c>).</summary>
    Affected = 1,

    /// <summary>Not affected (CSAF <c>known_not_affected</c>), with a justification.</summary>
    NotAffected = 2,

    /// <summary>Fixed (CSAF <c>fixed</c>, CycloneDX <c>resolved</c>).</summary>
    Fixed = 3,
}
