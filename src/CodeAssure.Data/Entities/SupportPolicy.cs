namespace CodeAssure.Data.Entities;

/// <summary>
/// A product's stated support policy (principle 4.1): the minimum time each version is supported, and why that period
/// was chosen. The Code asks for the period to be both stated and justified, so both are required.
/// </summary>
public sealed class SupportPolicy
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product (one policy per product).</summary>
    public Guid ProductId { get; set; }

    /// <summary>The minimum support period of each version, in months.</summary>
    public int MinimumSupportMonths { get; set; }

    /// <summary>Why this period: what customers can expect and the reasons for it.</summary>
    public required string Reason { get; set; }

    /// <summary>When the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
