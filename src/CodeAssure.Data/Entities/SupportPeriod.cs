namespace CodeAssure.Data.Entities;

/// <summary>
/// One period of support for a product version or version line (principles 4.1 and 4.2). A version line has several
/// periods over its life, e.g. full support, then security fixes only, then none.
/// </summary>
public sealed class SupportPeriod
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The versions covered: one release's version (<c>2.4.1</c>) or a line (<c>2.x</c>, <c>2.4.*</c>).</summary>
    public required string Versions { get; set; }

    /// <summary>The level of support in this period.</summary>
    public SupportLevel Level { get; set; }

    /// <summary>First day of the period.</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>Last day of the period; null while open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>When the end date was announced to customers; null until it is.</summary>
    public DateTimeOffset? EndAnnouncedAt { get; set; }

    /// <summary>
    /// Why an end date less than 365 days after its announcement was accepted; such periods show as a gap against 4.2.
    /// </summary>
    public string? ShortNoticeJustification { get; set; }

    /// <summary>When the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
