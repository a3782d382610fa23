namespace CodeAssure.Catalog;

/// <summary>A principle of the final Code (1.1 … 4.3), with its assurance claims and the draft provisions it came from.</summary>
public sealed class Principle
{
    private readonly List<Claim> _claims = [];
    private readonly List<DraftProvision> _draftProvisions = [];

    internal Principle(PrincipleId id, Theme theme, string statement, IReadOnlyList<string> guidance)
    {
        Id = id;
        Theme = theme;
        Statement = statement;
        Guidance = guidance;
    }

    /// <summary>The principle's id, e.g. 4.2.</summary>
    public PrincipleId Id { get; }

    /// <summary>The theme the principle belongs to.</summary>
    public Theme Theme { get; }

    /// <summary>The principle's exact statement in the final Code.</summary>
    public string Statement { get; }

    /// <summary>What the implementation guidance adds: checkable measures for this principle.</summary>
    public IReadOnlyList<string> Guidance { get; }

    /// <summary>The assurance claims that together evidence this principle, in id order.</summary>
    public IReadOnlyList<Claim> Claims => _claims;

    /// <summary>The provisions of the 2024 draft that were carried into this principle.</summary>
    public IReadOnlyList<DraftProvision> DraftProvisions => _draftProvisions;

    internal void Add(Claim claim) => _claims.Add(claim);

    internal void Add(DraftProvision provision) => _draftProvisions.Add(provision);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Statement}";
}
