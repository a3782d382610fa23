namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.3 Circular Definition of Product ID.</summary>
internal sealed class CircularProductIdDefinition : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.3";

    /// <inheritdoc/>
    public override string Name => "Circular Definition of Product ID";

    // Follows product_reference/relates_to_product_reference from a relationship's product and reports whether it leads back.
    private static bool Reaches(Dictionary<string, List<string>> references, string start)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(references.TryGetValue(start, out var first) ? first : []);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (string.Equals(id, start, StringComparison.Ordinal))
            {
                return true;
            }

            if (visited.Add(id) && references.TryGetValue(id, out var next))
            {
                foreach (var target in next)
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var relationships = context.Document.ProductTree?.Relationships ?? [];
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            if (!references.TryGetValue(relationship.FullProductName.ProductId, out var targets))
            {
                references[relationship.FullProductName.ProductId] = targets = [];
            }

            targets.Add(relationship.ProductReference);
            targets.Add(relationship.RelatesToProductReference);
        }

        for (var i = 0; i < relationships.Count; i++)
        {
            var start = relationships[i].FullProductName.ProductId;
            if (Reaches(references, start))
            {
                yield return Hit($"/product_tree/relationships/{i}/full_product_name/product_id", $"product id '{start}' is defined in terms of itself (a circular relationship)");
            }
        }
    }
}
