namespace CodeAssure.Web.Suppliers;

/// <summary>A product in use as typed in, before checking.</summary>
/// <param name="Name">The product's name exactly as the supplier publishes it.</param>
/// <param name="VersionInUse">The version in use, or empty for any.</param>
/// <param name="Notes">Where it is deployed, who owns it.</param>
internal sealed record SupplierProductInput(string? Name, string? VersionInUse, string? Notes);
