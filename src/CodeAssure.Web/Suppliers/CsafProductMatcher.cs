using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Finds which products in use a CSAF document lists as known affected or under investigation. A document's product
/// ids are resolved through its product tree: branches (<c>vendor</c> → <c>product_name</c> → <c>product_version</c>
/// or <c>product_version_range</c>, as CodeAssure's advisory composer writes them), <c>full_product_names</c> (the
/// composer writes "{vendor} {product}" there for a product without a version) and relationships (a product installed
/// on, or part of, another affects both). A product matches by name (case-insensitive, exact) and, when the register
/// records a version in use, by version (exact, or inside a <c>vers:</c> range); a product named without a version
/// counts as affecting every version, and so does a range that is not in <c>vers</c> notation (it cannot be checked,
/// and a missed advisory is worse than an extra alert).
/// </summary>
internal static class CsafProductMatcher
{
    private sealed record Named(string? ProductName, string? Version, string? Range, string FullName, IReadOnlyList<string>? References = null);

    /// <summary>The ids of <paramref name="products"/> the document affects, in the order of <paramref name="products"/>.</summary>
    public static IReadOnlyList<Guid> Affected(CsafDocument document, IReadOnlyList<SupplierProduct> products)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(products);
        var affectedIds = (document.Vulnerabilities ?? [])
            .SelectMany(v => (v.ProductStatus?.KnownAffected ?? []).Concat(v.ProductStatus?.UnderInvestigation ?? []))
            .ToHashSet(StringComparer.Ordinal);
        if (affectedIds.Count == 0 || products.Count == 0)
        {
            return [];
        }

        var names = Names(document.ProductTree);
        var vendor = document.Document.Publisher.Name;
        var result = new List<Guid>();
        foreach (var product in products)
        {
            if (affectedIds.Any(id => Matches(id, names, product, vendor, depth: 0)))
            {
                result.Add(product.Id);
            }
        }

        return result;
    }

    private static bool Matches(string productId, Dictionary<string, List<Named>> names, SupplierProduct product, string vendor, int depth)
    {
        if (!names.TryGetValue(productId, out var entries) || depth > 4)
        {
            return false;
        }

        return entries.Any(e => e.References is { } references
            ? references.Any(reference => Matches(reference, names, product, vendor, depth + 1))
            : MatchesNamed(e, product, vendor));
    }

    private static bool MatchesNamed(Named named, SupplierProduct product, string vendor)
    {
        var inUse = product.VersionInUse?.Trim();
        if (named.ProductName is { } name)
        {
            if (!string.Equals(name.Trim(), product.Name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (string.IsNullOrEmpty(inUse) || (named.Version is null && named.Range is null))
            {
                return true;
            }

            if (named.Version is { } version)
            {
                return string.Equals(version.Trim(), inUse, StringComparison.OrdinalIgnoreCase);
            }

            return !VersRange.TryParse(named.Range, out var range, out _) || range.Contains(inUse);
        }

        // Only a full product name: "{product}", "{vendor} {product}", or either followed by the version in use.
        var full = named.FullName.Trim();
        var candidates = new[] { product.Name.Trim(), $"{vendor.Trim()} {product.Name.Trim()}" };
        if (candidates.Any(c => string.Equals(full, c, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return !string.IsNullOrEmpty(inUse) && candidates.Any(c => string.Equals(full, $"{c} {inUse}", StringComparison.OrdinalIgnoreCase));
    }

    private static Dictionary<string, List<Named>> Names(ProductTree? tree)
    {
        var names = new Dictionary<string, List<Named>>(StringComparer.Ordinal);
        void Add(string id, Named named)
        {
            if (!names.TryGetValue(id, out var list))
            {
                names[id] = list = [];
            }

            list.Add(named);
        }

        void Walk(IReadOnlyList<Branch>? branches, string? productName, string? version, string? range, int depth)
        {
            // The CSAF schema allows deep trees; 30 levels is far beyond real ones and stops a hostile document.
            if (branches is null || depth > 30)
            {
                return;
            }

            foreach (var branch in branches)
            {
                var name = branch.Category == "product_name" ? branch.Name : productName;
                var exact = branch.Category == "product_version" ? branch.Name : version;
                var within = branch.Category == "product_version_range" ? branch.Name : range;
                if (branch.Product is { } product && product.ProductId.Length > 0)
                {
                    Add(product.ProductId, new Named(name, exact, within, product.Name));
                }

                Walk(branch.Branches, name, exact, within, depth + 1);
            }
        }

        Walk(tree?.Branches, null, null, null, 0);
        foreach (var full in tree?.FullProductNames ?? [])
        {
            Add(full.ProductId, new Named(null, null, null, full.Name));
        }

        foreach (var relationship in tree?.Relationships ?? [])
        {
            Add(relationship.FullProductName.ProductId,
                new Named(null, null, null, relationship.FullProductName.Name, [relationship.ProductReference, relationship.RelatesToProductReference]));
        }

        return names;
    }
}
