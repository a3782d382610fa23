namespace CodeAssure.Data.Entities;

/// <summary>A released version of a product.</summary>
public sealed class Release
{
    /// <summary>The release's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation (kept on every row so tenancy filters never need a join).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product.</summary>
    public Guid ProductId { get; set; }

    /// <summary>The version, unique within the product.</summary>
    public required string Version { get; set; }

    /// <summary>The release date.</summary>
    public DateOnly ReleasedOn { get; set; }
}
