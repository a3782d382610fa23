namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.27.9 Impact Statement.</summary>
internal sealed class ProfileImpactStatement : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.27.9";

    /// <inheritdoc/>
    public override string Name => "Impact Statement";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        if (context.Document.Document.Category != CsafProfiles.Vex)
        {
            yield break;
        }

        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var covered = (vulnerability.Flags ?? []).SelectMany(f => context.Products.Expand(f.ProductIds, f.GroupIds))
                .Concat((vulnerability.Threats ?? []).Where(t => t.Category == "impact").SelectMany(t => context.Products.Expand(t.ProductIds, t.GroupIds)))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (id, i) in (vulnerability.ProductStatus?.KnownNotAffected ?? []).Select((x, i) => (x, i)))
            {
                if (!covered.Contains(id))
                {
                    yield return Hit($"/vulnerabilities/{v}/product_status/known_not_affected/{i}", $"product id '{id}' is known not affected but has no impact statement (a flag or an impact threat)");
                }
            }
        }
    }
}
