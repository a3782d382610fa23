namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.7 VEX Product Status.</summary>
internal sealed class ProfileVexProductStatus : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.7";

    /// <inheritdoc/>
    public override string Name => "VEX Product Status";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category != CsafProfiles.Vex)
        {
            yield break;
        }

        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var status = vulnerability.ProductStatus;
            if (status?.Fixed is null && status?.KnownAffected is null && status?.KnownNotAffected is null && status?.UnderInvestigation is null)
            {
                yield return Hit($"/vulnerabilities/{v}/product_status", "none of fixed, known_affected, known_not_affected or under_investigation is present");
            }
        }
    }
}
