namespace CodeAssure.Advisories.Csaf.Validation.Informative;

/// <summary>CSAF 2.0 §6.3.5 Use of Short Hash.</summary>
internal sealed class UseOfShortHash : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.3.5";

    /// <inheritdoc/>
    public override string Name => "Use of Short Hash";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (_, path, product) in context.Products.ProductDefinitions)
        {
            foreach (var (hashes, h) in (product.ProductIdentificationHelper?.Hashes ?? []).Select((x, i) => (x, i)))
            {
                var at = $"{path}/product_identification_helper/hashes/{h}/file_hashes";
                foreach (var (hash, f) in hashes.FileHashes.Select((x, i) => (x, i)))
                {
                    if (hash.Value.Length < 64)
                    {
                        yield return Hit($"{at}/{f}/value", $"the {hash.Algorithm} hash of '{hashes.Filename}' is shorter than 64 characters");
                    }
                }
            }
        }
    }
}
