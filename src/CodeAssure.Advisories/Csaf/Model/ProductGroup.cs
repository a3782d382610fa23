namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A named group of products.</summary>
public sealed record ProductGroup
{
    /// <summary>The group id.</summary>
    public string GroupId { get; init; } = "";

    /// <summary>The members.</summary>
    public IReadOnlyList<string> ProductIds { get; init; } = [];

    /// <summary>What the group is.</summary>
    public string? Summary { get; init; }
}
