using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Tenancy;

/// <summary>The least organisation role allowed to change things on a page or API route (default: Engineer).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class RequiresRoleAttribute(OrganisationRole role) : Attribute
{
    public OrganisationRole Role { get; } = role;
}
