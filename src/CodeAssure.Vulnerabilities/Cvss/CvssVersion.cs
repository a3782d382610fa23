namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>The versions of the FIRST Common Vulnerability Scoring System that CodeAssure reads and scores.</summary>
public enum CvssVersion
{
    /// <summary>CVSS v2.0 (2007): vectors have no prefix, e.g. <c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c>.</summary>
    Cvss20,

    /// <summary>CVSS v3.0 (2015): <c>CVSS:3.0/…</c>.</summary>
    Cvss30,

    /// <summary>CVSS v3.1 (2019): <c>CVSS:3.1/…</c>; same metrics as 3.0, revised rounding and environmental formula.</summary>
    Cvss31,

    /// <summary>CVSS v4.0 (2023): <c>CVSS:4.0/…</c>, scored by macro vectors.</summary>
    Cvss40,
}
