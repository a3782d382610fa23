namespace CodeAssure.Data.Entities;

/// <summary>A software product of an organisation.</summary>
public sealed class Product
{
    /// <summary>The product's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation that makes it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The product name, unique within the organisation.</summary>
    public required string Name { get; set; }

    /// <summary>A short description.</summary>
    public string? Description { get; set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
