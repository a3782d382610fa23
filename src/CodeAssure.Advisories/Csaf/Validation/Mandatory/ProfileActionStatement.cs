namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.10 Action Statement.</summary>
internal sealed class ProfileActionStatement : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.10";

    /// <inheritdoc/>
    public override string Name => "Action Statement";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category != CsafProfiles.Vex)
        {
            yield break;
        }

        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var covered = (vulnerability.Remediations ?? []).SelectMany(r => context.Products.Expand(r.ProductIds, r.GroupIds)).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, i) in (vulnerability.ProductStatus?.KnownAffected ?? []).Select((x, i) => (x, i)))
            {
                if (!covered.Contains(id))
                {
                    yield return Hit($"/vulnerabilities/{v}/product_status/known_affected/{i}", $"product id '{id}' is known affected but has no action statement (a remediation)");
                }
            }
        }
    }
}
