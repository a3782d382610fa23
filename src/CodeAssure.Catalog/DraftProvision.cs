namespace CodeAssure.Catalog;

/// <summary>
/// One of the 21 provisions of the May 2024 draft ("Code of Practice for Software Vendors"), kept because
/// its technical controls are the most checkable statements behind the final principles.
/// </summary>
public sealed class DraftProvision
{
    internal DraftProvision(PrincipleId id, int theme, ProvisionLevel level, string statement,
        IReadOnlyList<TechnicalControl> technicalControls, IReadOnlyList<Principle> carriedInto, string? note)
    {
        Id = id;
        Theme = theme;
        Level = level;
        Statement = statement;
        TechnicalControls = technicalControls;
        CarriedInto = carriedInto;
        Note = note;
    }

    /// <summary>The provision's number in the draft, e.g. 3.6. Draft numbers are not final principle ids.</summary>
    public PrincipleId Id { get; }

    /// <summary>The draft principle (theme) the provision sat under.</summary>
    public int Theme { get; }

    /// <summary>Shall (requirement) or should (recommendation).</summary>
    public ProvisionLevel Level { get; }

    /// <summary>The provision's text.</summary>
    public string Statement { get; }

    /// <summary>The technical controls attached to the provision.</summary>
    public IReadOnlyList<TechnicalControl> TechnicalControls { get; }

    /// <summary>The final principles the provision became; empty when it was not carried into the final Code.</summary>
    public IReadOnlyList<Principle> CarriedInto { get; }

    /// <summary>True when the provision was carried into at least one final principle.</summary>
    public bool IsCarried => CarriedInto.Count > 0;

    /// <summary>How the provision relates to the final Code, where a plain mapping does not say it all.</summary>
    public string? Note { get; }

    /// <summary>The id as shown to people: "D" and the draft number, so it is never mistaken for a final principle.</summary>
    public string DisplayId => $"D{Id}";

    /// <inheritdoc />
    public override string ToString() => $"{DisplayId} ({Level}) {Statement}";
}
