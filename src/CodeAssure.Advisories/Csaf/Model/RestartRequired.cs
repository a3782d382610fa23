namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>What must be restarted after a remediation.</summary>
public sealed record RestartRequired
{
    /// <summary>none, vulnerable_component, service, parent, and so on.</summary>
    public string Category { get; init; } = "";

    /// <summary>Details.</summary>
    public string? Details { get; init; }
}
