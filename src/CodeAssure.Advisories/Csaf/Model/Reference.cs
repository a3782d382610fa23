namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A reference (<c>references_t</c> item).</summary>
public sealed record Reference
{
    /// <summary>external or self.</summary>
    public string? Category { get; init; }

    /// <summary>What the reference is.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Where it is.</summary>
    public Uri? Url { get; init; }
}
