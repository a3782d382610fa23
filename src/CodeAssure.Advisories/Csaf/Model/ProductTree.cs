namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>The products of the document (<c>/product_tree</c>).</summary>
public sealed record ProductTree
{
    /// <summary>The vendor, product, version hierarchy.</summary>
    public IReadOnlyList<Branch>? Branches { get; init; }

    /// <summary>Products defined directly.</summary>
    public IReadOnlyList<FullProductName>? FullProductNames { get; init; }

    /// <summary>Named groups of products.</summary>
    public IReadOnlyList<ProductGroup>? ProductGroups { get; init; }

    /// <summary>Products defined by combining two others.</summary>
    public IReadOnlyList<Relationship>? Relationships { get; init; }
}
