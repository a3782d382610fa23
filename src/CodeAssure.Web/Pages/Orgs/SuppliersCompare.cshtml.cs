using CodeAssure.Attestation.Verification;
using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Suppliers;
using CodeAssure.Web.Tenancy;

namespace CodeAssure.Web.Pages.Orgs;

/// <summary>Suppliers side by side: one column per supplier, one row per principle, from each one's latest valid attestation.</summary>
internal sealed class SuppliersCompareModel(SupplierRegister register, CodeCatalog catalog, TimeProvider time) : FormPageModel
{
    public IReadOnlyList<(Supplier Supplier, SupplierAttestationRow? Latest, IReadOnlyList<PrincipleSummary> Principles)> Columns { get; private set; } = [];

    public CodeCatalog Catalog => catalog;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        var rows = await register.LatestValidAsync(HttpContext.Tenant().Id, HttpContext.RequestAborted);
        Columns = [.. rows.Select(r => (r.Supplier, r.LatestValid, SupplierPrinciples.Parse(r.LatestValid?.PrinciplesJson)))];
    }

    /// <summary>The cell text for one supplier and principle.</summary>
    public static string Cell(SupplierAttestationRow? latest, IReadOnlyList<PrincipleSummary> principles, string principle)
    {
        if (latest is null)
        {
            return "no valid attestation";
        }

        return principles.FirstOrDefault(p => p.Principle == principle) is { } summary
            ? SupplierPrinciples.Words(SupplierPrinciples.State(summary))
            : "not in the attestation";
    }
}
