using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>
/// The product ids and product group ids a document defines, each with the JSON pointer of its definition, and the
/// references to them from the rest of the document.
/// </summary>
public sealed class ProductIndex
{
    private readonly Dictionary<string, List<string>> groups = new(StringComparer.Ordinal);

    /// <summary>Builds the index of one document.</summary>
    public ProductIndex(CsafDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tree = document.ProductTree;
        var definitions = new List<(string Id, string Path, FullProductName Product)>();
        if (tree is not null)
        {
            CollectBranches(tree.Branches, "/product_tree/branches", definitions);
            foreach (var (product, i) in (tree.FullProductNames ?? []).Select((p, i) => (p, i)))
            {
                definitions.Add((product.ProductId, $"/product_tree/full_product_names/{i}", product));
            }

            foreach (var (relationship, i) in (tree.Relationships ?? []).Select((r, i) => (r, i)))
            {
                definitions.Add((relationship.FullProductName.ProductId, $"/product_tree/relationships/{i}/full_product_name", relationship.FullProductName));
            }

            foreach (var (group, i) in (tree.ProductGroups ?? []).Select((g, i) => (g, i)))
            {
                GroupDefinitions.Add((group.GroupId, $"/product_tree/product_groups/{i}/group_id"));
                if (!groups.TryGetValue(group.GroupId, out var members))
                {
                    groups[group.GroupId] = members = [];
                }

                members.AddRange(group.ProductIds);
            }
        }

        ProductDefinitions = definitions;
        DefinedProductIds = definitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every Full Product Name in the tree, with its product id and pointer, in document order.</summary>
    public IReadOnlyList<(string Id, string Path, FullProductName Product)> ProductDefinitions { get; }

    /// <summary>The set of defined product ids.</summary>
    public IReadOnlySet<string> DefinedProductIds { get; }

    /// <summary>Every product group id definition with its pointer.</summary>
    public List<(string Id, string Path)> GroupDefinitions { get; } = [];

    /// <summary>Whether a product group with this id is defined.</summary>
    public bool IsGroupDefined(string groupId) => groups.ContainsKey(groupId);

    /// <summary>The members of a group (empty for an unknown group).</summary>
    public IReadOnlyList<string> MembersOf(string groupId) => groups.TryGetValue(groupId, out var members) ? members : [];

    /// <summary>The product ids named directly or through groups.</summary>
    public IEnumerable<string> Expand(IReadOnlyList<string>? productIds, IReadOnlyList<string>? groupIds) =>
        (productIds ?? []).Concat((groupIds ?? []).SelectMany(MembersOf)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Every reference to a product id outside a Full Product Name (the paths of test 6.1.1), with its pointer.
    /// </summary>
    public static IEnumerable<(string Id, string Path)> ProductReferences(CsafDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tree = document.ProductTree;
        foreach (var (group, i) in (tree?.ProductGroups ?? []).Select((g, i) => (g, i)))
        {
            foreach (var item in Each(group.ProductIds, $"/product_tree/product_groups/{i}/product_ids"))
            {
                yield return item;
            }
        }

        foreach (var (relationship, i) in (tree?.Relationships ?? []).Select((r, i) => (r, i)))
        {
            yield return (relationship.ProductReference, $"/product_tree/relationships/{i}/product_reference");
            yield return (relationship.RelatesToProductReference, $"/product_tree/relationships/{i}/relates_to_product_reference");
        }

        foreach (var (vulnerability, v) in (document.Vulnerabilities ?? []).Select((x, i) => (x, i)))
        {
            var at = $"/vulnerabilities/{v}";
            foreach (var (name, list) in StatusLists(vulnerability.ProductStatus))
            {
                foreach (var item in Each(list, $"{at}/product_status/{name}"))
                {
                    yield return item;
                }
            }

            foreach (var (remediation, r) in (vulnerability.Remediations ?? []).Select((x, i) => (x, i)))
            {
                foreach (var item in Each(remediation.ProductIds, $"{at}/remediations/{r}/product_ids"))
                {
                    yield return item;
                }
            }

            foreach (var (score, s) in (vulnerability.Scores ?? []).Select((x, i) => (x, i)))
            {
                foreach (var item in Each(score.Products, $"{at}/scores/{s}/products"))
                {
                    yield return item;
                }
            }

            foreach (var (threat, t) in (vulnerability.Threats ?? []).Select((x, i) => (x, i)))
            {
                foreach (var item in Each(threat.ProductIds, $"{at}/threats/{t}/product_ids"))
                {
                    yield return item;
                }
            }

            // Flags' product_ids are products_t too, which 6.1.1 covers ("all items of elements of type products_t").
            foreach (var (flag, f) in (vulnerability.Flags ?? []).Select((x, i) => (x, i)))
            {
                foreach (var item in Each(flag.ProductIds, $"{at}/flags/{f}/product_ids"))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The product status lists of a vulnerability by their JSON member names (absent lists skipped).</summary>
    public static IEnumerable<(string Name, IReadOnlyList<string> Ids)> StatusLists(ProductStatus? status)
    {
        if (status is null)
        {
            yield break;
        }

        (string, IReadOnlyList<string>?)[] all =
        [
            ("first_affected", status.FirstAffected), ("first_fixed", status.FirstFixed), ("fixed", status.Fixed),
            ("known_affected", status.KnownAffected), ("known_not_affected", status.KnownNotAffected),
            ("last_affected", status.LastAffected), ("recommended", status.Recommended), ("under_investigation", status.UnderInvestigation),
        ];
        foreach (var (name, ids) in all)
        {
            if (ids is not null)
            {
                yield return (name, ids);
            }
        }
    }

    /// <summary>Every branch of the product tree, depth first, with its pointer.</summary>
    public static IEnumerable<(Branch Branch, string Path)> AllBranches(CsafDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pending = new Stack<(Branch, string)>();
        var roots = document.ProductTree?.Branches ?? [];
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            pending.Push((roots[i], $"/product_tree/branches/{i}"));
        }

        while (pending.Count > 0)
        {
            var (branch, path) = pending.Pop();
            yield return (branch, path);
            var children = branch.Branches ?? [];
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], $"{path}/branches/{i}"));
            }
        }
    }

    private static IEnumerable<(string Id, string Path)> Each(IReadOnlyList<string>? ids, string path) =>
        (ids ?? []).Select((id, i) => (id, $"{path}/{i}"));

    private static void CollectBranches(IReadOnlyList<Branch>? branches, string path, List<(string, string, FullProductName)> definitions)
    {
        foreach (var (branch, i) in (branches ?? []).Select((b, i) => (b, i)))
        {
            if (branch.Product is { } product)
            {
                definitions.Add((product.ProductId, $"{path}/{i}/product", product));
            }

            CollectBranches(branch.Branches, $"{path}/{i}/branches", definitions);
        }
    }
}
