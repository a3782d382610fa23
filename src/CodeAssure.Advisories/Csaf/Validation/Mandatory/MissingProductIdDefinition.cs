namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.1 Missing Definition of Product ID.</summary>
internal sealed class MissingProductIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.1";

    /// <inheritdoc/>
    public override string Name => "Missing Definition of Product ID";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var defined = context.Products.DefinedProductIds;
        return ProductIndex.ProductReferences(context.Document)
            .Where(reference => !defined.Contains(reference.Id))
            .Select(reference => Hit(reference.Path, $"product id '{reference.Id}' is not defined in the product tree"));
    }
}
