namespace CodeAssure.Data.Entities;

/// <summary>
/// An organisation's remediation deadlines (principle 3.3): days from detection until a finding of each severity
/// is due. One row per organisation; without a row the documented defaults apply.
/// </summary>
public sealed class SlaPolicy
{
    /// <summary>The organisation (also the key).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Days for Critical findings.</summary>
    public int CriticalDays { get; set; }

    /// <summary>Days for High findings.</summary>
    public int HighDays { get; set; }

    /// <summary>Days for Medium findings.</summary>
    public int MediumDays { get; set; }

    /// <summary>Days for Low (and CVSS 0.0 "None") findings.</summary>
    public int LowDays { get; set; }

    /// <summary>Days for findings whose severity is not known yet.</summary>
    public int UnknownDays { get; set; }

    /// <summary>When the policy last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
