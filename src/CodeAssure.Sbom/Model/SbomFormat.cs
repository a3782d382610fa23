namespace CodeAssure.Sbom.Model;

/// <summary>The SBOM standard a document follows (whatever its serialization).</summary>
public enum SbomFormat
{
    /// <summary>OWASP CycloneDX (JSON or XML).</summary>
    CycloneDx,

    /// <summary>Linux Foundation SPDX (2.x JSON, YAML, XML or tag-value; 3.0 JSON-LD).</summary>
    Spdx,
}
