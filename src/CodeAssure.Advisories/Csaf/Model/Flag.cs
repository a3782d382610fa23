namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A machine-readable flag, e.g. a VEX justification.</summary>
public sealed record Flag
{
    /// <summary>When it was set.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The product groups it applies to.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>The flag, e.g. vulnerable_code_not_present.</summary>
    public string Label { get; init; } = "";

    /// <summary>The products it applies to.</summary>
    public IReadOnlyList<string>? ProductIds { get; init; }
}
