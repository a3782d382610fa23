namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A product definition (<c>full_product_name_t</c>).</summary>
public sealed record FullProductName
{
    /// <summary>The product name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The product id other parts of the document refer to.</summary>
    public string ProductId { get; init; } = "";

    /// <summary>Identifiers that help find the product.</summary>
    public ProductIdentificationHelper? ProductIdentificationHelper { get; init; }
}
