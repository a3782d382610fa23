namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>
/// One product (usually a release) an advisory speaks about: a vendor → product_name → product_version branch in
/// the CSAF product tree, or a full product name when no version is known.
/// </summary>
/// <param name="Key">The caller's key, used by <see cref="Vex.ProductVulnerabilityState.ProductKey"/>.</param>
/// <param name="Vendor">The vendor's name.</param>
/// <param name="Name">The product's name.</param>
/// <param name="Version">The release's version, or null for the product as a whole.</param>
/// <param name="Purl">A package URL identifying it, when it has one.</param>
/// <param name="Cpe">A CPE identifying it, when it has one.</param>
public sealed record AdvisoryProduct(string Key, string Vendor, string Name, string? Version = null, string? Purl = null, string? Cpe = null)
{
    /// <summary>The full product name: vendor, product and version.</summary>
    public string FullName => Version is null ? $"{Vendor} {Name}" : $"{Vendor} {Name} {Version}";
}
