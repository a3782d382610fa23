namespace CodeAssure.Web.Suppliers;

/// <summary>How a supplier answered one principle, read from the claim counts of its latest valid attestation.</summary>
internal enum PrincipleState
{
    /// <summary>Every applicable claim is met.</summary>
    Met,

    /// <summary>Some claims are met or partly met, not all.</summary>
    PartiallyMet,

    /// <summary>No applicable claim is met, even partly.</summary>
    NotMet,

    /// <summary>No claim of the principle applies.</summary>
    NotApplicable,
}
