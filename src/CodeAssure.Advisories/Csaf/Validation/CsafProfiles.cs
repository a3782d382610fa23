namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The <c>/document/category</c> values of the CSAF 2.0 profiles (section 4).</summary>
public static class CsafProfiles
{
    /// <summary>Profile 1, CSAF Base.</summary>
    public const string Base = "csaf_base";

    /// <summary>Profile 2, Security incident response.</summary>
    public const string SecurityIncidentResponse = "csaf_security_incident_response";

    /// <summary>Profile 3, Informational Advisory.</summary>
    public const string InformationalAdvisory = "csaf_informational_advisory";

    /// <summary>Profile 4, Security Advisory.</summary>
    public const string SecurityAdvisory = "csaf_security_advisory";

    /// <summary>Profile 5, VEX.</summary>
    public const string Vex = "csaf_vex";

    /// <summary>All profile values.</summary>
    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>([Base, SecurityIncidentResponse, InformationalAdvisory, SecurityAdvisory, Vex], StringComparer.Ordinal);
}
