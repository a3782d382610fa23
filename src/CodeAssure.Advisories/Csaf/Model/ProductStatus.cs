namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Which products are in which state for a vulnerability.</summary>
public sealed record ProductStatus
{
    /// <summary>First affected versions.</summary>
    public IReadOnlyList<string>? FirstAffected { get; init; }

    /// <summary>First fixed versions.</summary>
    public IReadOnlyList<string>? FirstFixed { get; init; }

    /// <summary>Fixed.</summary>
    public IReadOnlyList<string>? Fixed { get; init; }

    /// <summary>Known to be affected.</summary>
    public IReadOnlyList<string>? KnownAffected { get; init; }

    /// <summary>Known not to be affected.</summary>
    public IReadOnlyList<string>? KnownNotAffected { get; init; }

    /// <summary>Last affected versions.</summary>
    public IReadOnlyList<string>? LastAffected { get; init; }

    /// <summary>Recommended.</summary>
    public IReadOnlyList<string>? Recommended { get; init; }

    /// <summary>Under investigation.</summary>
    public IReadOnlyList<string>? UnderInvestigation { get; init; }
}
