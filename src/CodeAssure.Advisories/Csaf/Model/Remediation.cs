namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>What to do about a vulnerability for some products.</summary>
public sealed record Remediation
{
    /// <summary>mitigation, no_fix_planned, none_available, vendor_fix or workaround.</summary>
    public string Category { get; init; } = "";

    /// <summary>When it became available.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>What to do.</summary>
    public string Details { get; init; } = "";

    /// <summary>Who may use it.</summary>
    public IReadOnlyList<string>? Entitlements { get; init; }

    /// <summary>The product groups it applies to.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>The products it applies to.</summary>
    public IReadOnlyList<string>? ProductIds { get; init; }

    /// <summary>What must restart.</summary>
    public RestartRequired? RestartRequired { get; init; }

    /// <summary>Where to get it.</summary>
    public Uri? Url { get; init; }
}
