namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.1 Unused Definition of Product ID.</summary>
internal sealed class UnusedProductIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.1";

    /// <inheritdoc/>
    public override string Name => "Unused Definition of Product ID";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category == CsafProfiles.InformationalAdvisory)
        {
            yield break;
        }

        var used = ProductIndex.ProductReferences(context.Document).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, path, _) in context.Products.ProductDefinitions)
        {
            if (!used.Contains(id))
            {
                yield return Hit(path + "/product_id", $"product id '{id}' is defined but never used");
            }
        }
    }
}
