namespace CodeAssure.Data.Entities;

/// <summary>A tenant: a software vendor with its members, products and evidence.</summary>
public sealed class Organisation
{
    /// <summary>The organisation's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The URL name (<c>/orgs/{slug}</c>): lower-case letters, digits and hyphens, unique.</summary>
    public required string Slug { get; set; }

    /// <summary>The display name.</summary>
    public required string Name { get; set; }

    /// <summary>The stakeholder role id from the catalogue (developer-distributor, reseller, developer-only).</summary>
    public required string StakeholderRole { get; set; }

    /// <summary>The Senior Responsible Owner's name, once appointed.</summary>
    public string? SroName { get; set; }

    /// <summary>The day the SRO was appointed.</summary>
    public DateOnly? SroAppointedOn { get; set; }

    /// <summary>Whether the SRO has acknowledged the appointment.</summary>
    public bool SroAcknowledged { get; set; }

    /// <summary>When the organisation was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who can see the organisation's trust portal.</summary>
    public PortalVisibility PortalVisibility { get; set; }
}
