namespace CodeAssure.Catalog;

/// <summary>A stakeholder group of Table 1 of the Code, which decides which principles an organisation answers.</summary>
public sealed class StakeholderRole
{
    private readonly IReadOnlyDictionary<int, Applicability> _byTheme;

    internal StakeholderRole(string id, string name, string description, IReadOnlyList<string> examples,
        IReadOnlyDictionary<int, Applicability> byTheme)
    {
        Id = id;
        Name = name;
        Description = description;
        Examples = examples;
        _byTheme = byTheme;
    }

    /// <summary>The role's id, e.g. "reseller".</summary>
    public string Id { get; }

    /// <summary>The Code's name for the group, e.g. "Software resellers".</summary>
    public string Name { get; }

    /// <summary>What the Code says about the group.</summary>
    public string Description { get; }

    /// <summary>Examples of organisations in the group, from Table 1.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary>How a theme's principles apply to this role.</summary>
    public Applicability For(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return _byTheme.TryGetValue(theme.Id, out var applicability) ? applicability : Applicability.NotApplicable;
    }

    /// <summary>How a principle applies to this role: the rule of the theme it belongs to.</summary>
    public Applicability For(Principle principle)
    {
        ArgumentNullException.ThrowIfNull(principle);
        return For(principle.Theme);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
