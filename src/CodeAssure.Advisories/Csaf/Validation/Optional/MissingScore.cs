namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.3 Missing Score.</summary>
internal sealed class MissingScore : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.3";

    /// <inheritdoc/>
    public override string Name => "Missing Score";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var scored = (vulnerability.Scores ?? []).SelectMany(s => s.Products).ToHashSet(StringComparer.Ordinal);
            foreach (var (list, ids) in ProductIndex.StatusLists(vulnerability.ProductStatus))
            {
                if (list is not ("first_affected" or "known_affected" or "last_affected"))
                {
                    continue;
                }

                foreach (var (id, i) in ids.Select((x, i) => (x, i)))
                {
                    if (!scored.Contains(id))
                    {
                        yield return Hit($"/vulnerabilities/{v}/product_status/{list}/{i}", $"product id '{id}' is in {list} but no score covers it");
                    }
                }
            }
        }
    }
}
