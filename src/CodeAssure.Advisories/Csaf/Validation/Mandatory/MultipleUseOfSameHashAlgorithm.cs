namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.25 Multiple Use of Same Hash Algorithm.</summary>
internal sealed class MultipleUseOfSameHashAlgorithm : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.25";

    /// <inheritdoc/>
    public override string Name => "Multiple Use of Same Hash Algorithm";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (_, path, product) in context.Products.ProductDefinitions)
        {
            foreach (var (hashes, h) in (product.ProductIdentificationHelper?.Hashes ?? []).Select((x, i) => (x, i)))
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (hash, f) in hashes.FileHashes.Select((x, i) => (x, i)))
                {
                    if (!seen.Add(hash.Algorithm))
                    {
                        yield return Hit($"{path}/product_identification_helper/hashes/{h}/file_hashes/{f}/algorithm", $"hash algorithm '{hash.Algorithm}' is used more than once for '{hashes.Filename}'");
                    }
                }
            }
        }
    }
}
