namespace CodeAssure.Vulnerabilities.Findings;

/// <summary>A finding's qualitative severity, ordered so that comparisons read naturally (Critical &gt; High).</summary>
public enum Severity
{
    /// <summary>No CVSS vector and no database severity.</summary>
    Unknown = 0,

    /// <summary>CVSS score 0.0.</summary>
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
