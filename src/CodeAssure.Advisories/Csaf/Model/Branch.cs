namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A branch of the product tree (<c>branches_t</c> item).</summary>
public sealed record Branch
{
    /// <summary>Child branches.</summary>
    public IReadOnlyList<Branch>? Branches { get; init; }

    /// <summary>vendor, product_name, product_version, product_version_range, and so on.</summary>
    public string Category { get; init; } = "";

    /// <summary>The branch name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The product this leaf defines.</summary>
    public FullProductName? Product { get; init; }
}
