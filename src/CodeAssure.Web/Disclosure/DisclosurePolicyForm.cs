namespace CodeAssure.Web.Disclosure;

/// <summary>The disclosure settings as typed into the settings page, before validation.</summary>
internal sealed record DisclosurePolicyForm(
    string? Contacts,
    string? PolicyUrl,
    string? Scope,
    string? SafeHarbour,
    string? AcknowledgeWithinDays,
    string? TriageWithinDays,
    string? PreferredLanguages,
    string? EncryptionUrl,
    bool ReportFormEnabled);
