namespace CodeAssure.Data.Entities;

/// <summary>Why the supplier register raised an alert.</summary>
public enum SupplierAlertKind
{
    /// <summary>A supplier advisory affects a product in use (new, or updated).</summary>
    Advisory = 0,

    /// <summary>The version in use reaches its end of support within 12, 6 or 3 months (or has reached it).</summary>
    EndOfSupport = 1,

    /// <summary>The supplier published an incident.</summary>
    Incident = 2,

    /// <summary>The supplier's latest attestation is older than the register allows.</summary>
    StaleAttestation = 3,

    /// <summary>An attestation read from the supplier failed verification.</summary>
    AttestationInvalid = 4,
}
