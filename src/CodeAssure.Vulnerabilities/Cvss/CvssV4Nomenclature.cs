namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>Which metric groups a CVSS v4.0 score takes into account (specification section 1.3).</summary>
public enum CvssV4Nomenclature
{
    /// <summary>CVSS-B: base metrics only.</summary>
    Base,

    /// <summary>CVSS-BT: base and threat metrics.</summary>
    BaseThreat,

    /// <summary>CVSS-BE: base and environmental metrics.</summary>
    BaseEnvironmental,

    /// <summary>CVSS-BTE: base, threat and environmental metrics.</summary>
    BaseThreatEnvironmental,
}
