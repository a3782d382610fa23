namespace CodeAssure.Data.Entities;

/// <summary>A person's role in one organisation; one membership per person and organisation.</summary>
public sealed class Membership
{
    /// <summary>The membership's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The person (Identity user id).</summary>
    public required string UserId { get; set; }

    /// <summary>The role in this organisation.</summary>
    public OrganisationRole Role { get; set; }
}
