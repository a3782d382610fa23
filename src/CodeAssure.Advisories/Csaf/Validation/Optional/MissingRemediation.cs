namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.2 Missing Remediation.</summary>
internal sealed class MissingRemediation : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.2";

    /// <inheritdoc/>
    public override string Name => "Missing Remediation";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var covered = (vulnerability.Remediations ?? []).SelectMany(r => context.Products.Expand(r.ProductIds, r.GroupIds)).ToHashSet(StringComparer.Ordinal);
            foreach (var (list, ids) in ProductIndex.StatusLists(vulnerability.ProductStatus))
            {
                if (list is not ("first_affected" or "known_affected" or "last_affected" or "under_investigation"))
                {
                    continue;
                }

                foreach (var (id, i) in ids.Select((x, i) => (x, i)))
                {
                    if (!covered.Contains(id))
                    {
                        yield return Hit($"/vulnerabilities/{v}/product_status/{list}/{i}", $"product id '{id}' is in {list} but has no remediation");
                    }
                }
            }
        }
    }
}
