namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.16 Missing Product Identification Helper.</summary>
internal sealed class MissingProductIdentificationHelper : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.16";

    /// <inheritdoc/>
    public override string Name => "Missing Product Identification Helper";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (id, path, product) in context.Products.ProductDefinitions)
        {
            if (product.ProductIdentificationHelper is null)
            {
                yield return Hit(path, $"product '{id}' has no product_identification_helper");
            }
        }
    }
}
