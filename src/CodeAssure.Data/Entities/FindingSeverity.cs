namespace CodeAssure.Data.Entities;

/// <summary>A finding's severity: the CVSS qualitative rating where a score is known.</summary>
public enum FindingSeverity
{
    /// <summary>No score and no rating are known.</summary>
    Unknown = 0,

    /// <summary>CVSS 0.0.</summary>
    None = 1,

    /// <summary>CVSS 0.1–3.9.</summary>
    Low = 2,

    /// <summary>CVSS 4.0–6.9.</summary>
    Medium = 3,

    /// <summary>CVSS 7.0–8.9.</summary>
    High = 4,

    /// <summary>CVSS 9.0–10.0.</summary>
    Critical = 5,
}
