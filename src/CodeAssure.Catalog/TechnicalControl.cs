namespace CodeAssure.Catalog;

/// <summary>A technical control of the 2024 draft: the checkable action behind one of its "shall" provisions.</summary>
public sealed class TechnicalControl
{
    internal TechnicalControl(string id, string title, string outcome)
    {
        Id = id;
        Title = title;
        Outcome = outcome;
    }

    /// <summary>CodeAssure's stable id for the control, e.g. TC-1.4.2 (the draft numbers none).</summary>
    public string Id { get; }

    /// <summary>The control as the draft names it, e.g. "No default passwords."</summary>
    public string Title { get; }

    /// <summary>The outcome the draft describes for the control.</summary>
    public string Outcome { get; }

    /// <summary>The draft provisions the control is attached to (one control can span two provisions).</summary>
    public IReadOnlyList<DraftProvision> Provisions => _provisions;

    private readonly List<DraftProvision> _provisions = [];

    internal void Add(DraftProvision provision) => _provisions.Add(provision);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
