namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.6 Product Status.</summary>
internal sealed class ProfileProductStatus : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.6";

    /// <inheritdoc/>
    public override string Name => "Product Status";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category != CsafProfiles.SecurityAdvisory)
        {
            yield break;
        }

        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            if (vulnerability.ProductStatus is null)
            {
                yield return Hit($"/vulnerabilities/{v}", "the vulnerability has no product_status");
            }
        }
    }
}
