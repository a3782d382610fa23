namespace CodeAssure.Advisories.Vex;

/// <summary>
/// Why a product is not affected, in the five labels CSAF 2.0 flags and OpenVEX share (CSAF 2.0 section 3.2.3.5,
/// OpenVEX 0.2.0 "Status Justifications"); CycloneDX has its own finer list, mapped in <see cref="VexJustifications.ToCycloneDx"/>.
/// </summary>
public enum VexJustification
{
    /// <summary>The vulnerable component is not in the product.</summary>
    ComponentNotPresent,

    /// <summary>The component is present but the vulnerable code is not.</summary>
    VulnerableCodeNotPresent,

    /// <summary>The vulnerable code is present but never executed.</summary>
    VulnerableCodeNotInExecutePath,

    /// <summary>The vulnerable code runs but an attacker cannot reach or control it.</summary>
    VulnerableCodeCannotBeControlledByAdversary,

    /// <summary>The product has built-in protections that stop exploitation.</summary>
    InlineMitigationsAlreadyExist,
}
