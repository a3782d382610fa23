namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A product defined as a combination of two products.</summary>
public sealed record Relationship
{
    /// <summary>default_component_of, installed_on, and so on.</summary>
    public string Category { get; init; } = "";

    /// <summary>The combined product.</summary>
    public FullProductName FullProductName { get; init; } = new();

    /// <summary>The first product.</summary>
    public string ProductReference { get; init; } = "";

    /// <summary>The second product.</summary>
    public string RelatesToProductReference { get; init; } = "";
}
