using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Tenancy;

/// <summary>The organisation a request acts in, and the caller's role there (API tokens act as Engineer).</summary>
internal sealed record TenantContext(Organisation Organisation, OrganisationRole Role, bool IsApiToken)
{
    public Guid Id => Organisation.Id;

    public string Slug => Organisation.Slug;

    public bool CanWrite => Role >= OrganisationRole.Engineer;

    public bool IsOwner => Role == OrganisationRole.Owner && !IsApiToken;
}
