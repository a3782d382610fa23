namespace CodeAssure.Web.Suppliers;

/// <summary>An imported attestation as listed (without its envelope).</summary>
internal sealed record SupplierAttestationRow(
    Guid Id, Guid? SupplierProductId, string SubjectName, string? SubjectVersion, string? KeyId, DateTimeOffset? IssuedAt,
    DateTimeOffset? ValidUntil, bool IsValid, string Verdict, string? SourceUrl, string? PrinciplesJson, DateTimeOffset ImportedAt,
    DateTimeOffset VerifiedAt, string ImportedBy)
{
    /// <summary>When it was issued, or imported when the issue time could not be read (for "newest").</summary>
    public DateTimeOffset Age => IssuedAt ?? ImportedAt;
}
