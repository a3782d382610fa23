namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.9 Use of SHA-1 as the only Hash Algorithm.</summary>
internal sealed class Sha1AsOnlyHashAlgorithm : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.9";

    /// <inheritdoc/>
    public override string Name => "Use of SHA-1 as the only Hash Algorithm";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (_, path, product) in context.Products.ProductDefinitions)
        {
            foreach (var (hashes, h) in (product.ProductIdentificationHelper?.Hashes ?? []).Select((x, i) => (x, i)))
            {
                var at = $"{path}/product_identification_helper/hashes/{h}/file_hashes";
                var algorithms = hashes.FileHashes.Select(f => f.Algorithm).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (algorithms.Count == 1 && string.Equals(algorithms[0], "sha1", StringComparison.OrdinalIgnoreCase))
                {
                    yield return Hit(at, $"'{hashes.Filename}' is hashed only with sha1; add a stronger hash");
                }
            }
        }
    }
}
