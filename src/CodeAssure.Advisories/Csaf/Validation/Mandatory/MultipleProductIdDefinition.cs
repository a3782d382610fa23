namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.2 Multiple Definition of Product ID.</summary>
internal sealed class MultipleProductIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.2";

    /// <inheritdoc/>
    public override string Name => "Multiple Definition of Product ID";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path, _) in context.Products.ProductDefinitions)
        {
            if (!seen.Add(id))
            {
                yield return Hit(path + "/product_id", $"product id '{id}' is defined more than once");
            }
        }
    }
}
