namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A party's involvement in handling the vulnerability.</summary>
public sealed record Involvement
{
    /// <summary>When.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>coordinator, discoverer, other, user or vendor.</summary>
    public string Party { get; init; } = "";

    /// <summary>completed, contact_attempted, disputed, in_progress, not_contacted or open.</summary>
    public string Status { get; init; } = "";

    /// <summary>Details.</summary>
    public string? Summary { get; init; }
}
