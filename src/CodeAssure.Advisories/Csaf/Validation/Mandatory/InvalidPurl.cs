using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.13 PURL.</summary>
internal sealed class InvalidPurl : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.13";

    /// <inheritdoc/>
    public override string Name => "PURL";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (_, path, product) in context.Products.ProductDefinitions)
        {
            var purl = product.ProductIdentificationHelper?.Purl;
            if (purl is not null && !PackageUrl.TryParse(purl, out _))
            {
                yield return Hit(path + "/product_identification_helper/purl", $"'{purl}' is not a valid package URL");
            }
        }
    }
}
