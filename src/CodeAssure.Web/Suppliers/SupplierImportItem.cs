namespace CodeAssure.Web.Suppliers;

/// <summary>What happened to one attestation offered to the register.</summary>
/// <param name="AttestationId">The stored row (also for an attestation imported before).</param>
/// <param name="AlreadyImported">True when the same envelope was imported before: nothing was added.</param>
/// <param name="IsValid">Whether it verified.</param>
/// <param name="Subject">The subject named, or empty when unreadable.</param>
/// <param name="Verdict">The verifier's verdict in words.</param>
/// <param name="SourceUrl">Where it was read, or null when uploaded.</param>
/// <param name="Reverified">True when a stored attestation was verified again rather than imported.</param>
internal sealed record SupplierImportItem(Guid AttestationId, bool AlreadyImported, bool IsValid, string Subject, string Verdict, string? SourceUrl, bool Reverified = false)
{
    /// <summary>One line for the page.</summary>
    public string Message => Reverified
        ? $"Verified again: {(Subject.Length == 0 ? "this attestation" : Subject)} — {(IsValid ? "valid" : "INVALID")}: {Verdict}."
        : AlreadyImported
        ? $"Already imported: {(Subject.Length == 0 ? "this attestation" : Subject)} ({(IsValid ? "valid" : "invalid")}: {Verdict})."
        : IsValid
            ? $"Imported and verified: {Subject} — {Verdict}."
            : $"Imported but INVALID{(Subject.Length == 0 ? "" : ": " + Subject)} — {Verdict}.";
}
