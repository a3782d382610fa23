namespace CodeAssure.Data.Entities;

/// <summary>What a member may do in one organisation.</summary>
public enum OrganisationRole
{
    /// <summary>Read-only: sees everything in the organisation, changes nothing.</summary>
    Auditor = 0,

    /// <summary>Customer: the trust portal only; no access to the organisation's workspace.</summary>
    Customer = 1,

    /// <summary>Engineering: products, releases, evidence and API tokens.</summary>
    Engineer = 2,

    /// <summary>Senior Responsible Owner: as Engineer, plus sign-off; must use MFA.</summary>
    Sro = 3,

    /// <summary>Owner: everything, including members and the profile; must use MFA.</summary>
    Owner = 4,
}
