namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// The qualitative severity rating of a score. CVSS v3.x and v4.0 use all five; CVSS v2.0 has no official scale, so
/// the NVD's Low (0.0–3.9), Medium (4.0–6.9) and High (7.0–10.0) are used.
/// </summary>
public enum CvssSeverity
{
    /// <summary>0.0 (v3.x and v4.0 only).</summary>
    None,

    /// <summary>0.1–3.9 (v2.0: 0.0–3.9).</summary>
    Low,

    /// <summary>4.0–6.9.</summary>
    Medium,

    /// <summary>7.0–8.9 (v2.0: 7.0–10.0).</summary>
    High,

    /// <summary>9.0–10.0 (v3.x and v4.0 only).</summary>
    Critical,
}
