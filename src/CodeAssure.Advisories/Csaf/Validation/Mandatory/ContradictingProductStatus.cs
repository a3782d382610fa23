namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.6 Contradicting Product Status.</summary>
internal sealed class ContradictingProductStatus : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.6";

    /// <inheritdoc/>
    public override string Name => "Contradicting Product Status";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (vulnerability, v) in context.Vulnerabilities)
        {
            var groupsOf = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (list, ids) in ProductIndex.StatusLists(vulnerability.ProductStatus))
            {
                var group = list switch
                {
                    "first_affected" or "known_affected" or "last_affected" => "Affected",
                    "known_not_affected" => "Not affected",
                    "first_fixed" or "fixed" => "Fixed",
                    "under_investigation" => "Under investigation",
                    _ => null, // recommended may name a product of any group
                };
                if (group is null)
                {
                    continue;
                }

                foreach (var id in ids)
                {
                    if (!groupsOf.TryGetValue(id, out var groups))
                    {
                        groupsOf[id] = groups = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    groups.Add(group);
                }
            }

            foreach (var (id, groups) in groupsOf.Where(entry => entry.Value.Count > 1))
            {
                yield return Hit($"/vulnerabilities/{v}/product_status", $"product id '{id}' is in contradicting status groups: {string.Join(", ", groups.Select(g => $"'{g}'"))}");
            }
        }
    }
}
