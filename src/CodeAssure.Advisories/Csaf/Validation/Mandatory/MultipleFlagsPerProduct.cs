namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.33 Multiple Flags with VEX Justification Codes per Product.</summary>
internal sealed class MultipleFlagsPerProduct : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.33";

    /// <inheritdoc/>
    public override string Name => "Multiple Flags with VEX Justification Codes per Product";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var flagged = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (flag, f) in (vulnerability.Flags ?? []).Select((x, i) => (x, i)))
            {
                foreach (var id in context.Products.Expand(flag.ProductIds, flag.GroupIds))
                {
                    if (flagged.TryGetValue(id, out var earlier))
                    {
                        yield return Hit($"/vulnerabilities/{v}/flags/{f}", $"product id '{id}' already has a flag (flags/{earlier})");
                    }
                    else
                    {
                        flagged[id] = f;
                    }
                }
            }
        }
    }
}
