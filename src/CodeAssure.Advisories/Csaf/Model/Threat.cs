namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A threat statement: impact, exploit status or target set.</summary>
public sealed record Threat
{
    /// <summary>exploit_status, impact or target_set.</summary>
    public string Category { get; init; } = "";

    /// <summary>When it was assessed.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The statement.</summary>
    public string Details { get; init; } = "";

    /// <summary>The product groups it applies to.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>The products it applies to.</summary>
    public IReadOnlyList<string>? ProductIds { get; init; }
}
