namespace CodeAssure.Web.Advisories;

/// <summary>The VEX formats a release can be exported in.</summary>
internal enum VexFormat
{
    /// <summary>CycloneDX 1.6 JSON with <c>vulnerabilities[].analysis</c>.</summary>
    CycloneDx,

    /// <summary>OpenVEX 0.2.0.</summary>
    OpenVex,
}
