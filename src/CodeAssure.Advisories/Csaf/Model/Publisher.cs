namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>The publisher of the document.</summary>
public sealed record Publisher
{
    /// <summary>coordinator, discoverer, other, translator, user or vendor.</summary>
    public string Category { get; init; } = "";

    /// <summary>How to contact the publisher.</summary>
    public string? ContactDetails { get; init; }

    /// <summary>The publisher's authority and responsibility.</summary>
    public string? IssuingAuthority { get; init; }

    /// <summary>The publisher's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The publisher's namespace URL.</summary>
    public Uri? Namespace { get; init; }
}
