namespace CodeAssure.Data.Entities;

/// <summary>
/// An organisation's vulnerability disclosure settings (principle 3.2): what its <c>security.txt</c> (RFC 9116) and its
/// public report form say. One row per organisation.
/// </summary>
public sealed class DisclosurePolicy
{
    /// <summary>The organisation (also the key).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Contact URIs (<c>mailto:</c>, <c>https:</c> or <c>tel:</c>), one per line, in order of preference.</summary>
    public required string Contacts { get; set; }

    /// <summary>The disclosure policy's URL, if it is published elsewhere.</summary>
    public string? PolicyUrl { get; set; }

    /// <summary>What is in scope (and out of it).</summary>
    public string? Scope { get; set; }

    /// <summary>The safe-harbour statement for good-faith research.</summary>
    public string? SafeHarbour { get; set; }

    /// <summary>Working days within which a report is acknowledged.</summary>
    public int AcknowledgeWithinDays { get; set; }

    /// <summary>Working days within which the reporter hears the triage outcome.</summary>
    public int TriageWithinDays { get; set; }

    /// <summary>Preferred languages (RFC 5646 tags, comma-separated).</summary>
    public string? PreferredLanguages { get; set; }

    /// <summary>An encryption key's URI (security.txt <c>Encryption</c>).</summary>
    public string? EncryptionUrl { get; set; }

    /// <summary>Whether the public report form is open.</summary>
    public bool ReportFormEnabled { get; set; }

    /// <summary>When the settings last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
