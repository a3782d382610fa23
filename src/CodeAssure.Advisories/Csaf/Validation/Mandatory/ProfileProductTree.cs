namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.4 Product Tree.</summary>
internal sealed class ProfileProductTree : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.4";

    /// <inheritdoc/>
    public override string Name => "Product Tree";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category is CsafProfiles.SecurityAdvisory or CsafProfiles.Vex && context.Document.ProductTree is null)
        {
            yield return Hit("/product_tree", $"a {context.Document.Document.Category} document must have a product tree");
        }
    }
}
