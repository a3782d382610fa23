using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>A supplier advisory affecting products in use, with the state of the alert it raised (if any).</summary>
internal sealed record SupplierAdvisoryRow(SupplierAdvisory Advisory, IReadOnlyList<string> AffectedProducts, SupplierAlert? Alert);
