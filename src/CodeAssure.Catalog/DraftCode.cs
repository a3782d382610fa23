namespace CodeAssure.Catalog;

/// <summary>The May 2024 draft of the Code: its 21 provisions and the technical controls behind its "shall"s.</summary>
public sealed class DraftCode
{
    internal DraftCode(string id, string title, DateOnly published, IReadOnlyList<DraftProvision> provisions,
        IReadOnlyList<TechnicalControl> technicalControls)
    {
        Id = id;
        Title = title;
        Published = published;
        Provisions = provisions;
        TechnicalControls = technicalControls;
    }

    /// <summary>CodeAssure's id for the draft.</summary>
    public string Id { get; }

    /// <summary>The draft's title.</summary>
    public string Title { get; }

    /// <summary>When the draft was published for the call for views.</summary>
    public DateOnly Published { get; }

    /// <summary>The provisions in id order.</summary>
    public IReadOnlyList<DraftProvision> Provisions { get; }

    /// <summary>Every technical control, in the order the draft gives them.</summary>
    public IReadOnlyList<TechnicalControl> TechnicalControls { get; }

    /// <summary>The provisions that were not carried into the final Code.</summary>
    public IEnumerable<DraftProvision> NotCarried => Provisions.Where(p => !p.IsCarried);
}
