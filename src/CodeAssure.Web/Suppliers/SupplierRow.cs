namespace CodeAssure.Web.Suppliers;

/// <summary>One line of the supplier register (page and API).</summary>
internal sealed record SupplierRow(
    Guid Id,
    string Name,
    string? PortalUrl,
    IReadOnlyList<string> ProductsInUse,
    int? PrinciplesMet,
    int? PrinciplesTotal,
    DateTimeOffset? LatestAttestationIssuedAt,
    bool? LatestAttestationValid,
    string? LatestAttestationVerdict,
    int OpenAlerts,
    DateOnly? EndOfSupportSoonest,
    DateTimeOffset? LastSyncedAt,
    string? LastSyncError);
