using CodeAssure.Attestation.Verification;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>Everything the supplier's detail page shows.</summary>
internal sealed record SupplierDetail(
    Supplier Supplier,
    IReadOnlyList<SupplierProduct> Products,
    IReadOnlyList<SupplierAttestationRow> Attestations,
    SupplierAttestationRow? LatestValid,
    IReadOnlyList<PrincipleSummary> Principles,
    IReadOnlyList<SupplierAdvisoryRow> Advisories,
    IReadOnlyList<SupplierAlert> OpenAlerts,
    IReadOnlyList<SupplierAlert> Incidents);
