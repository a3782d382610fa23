using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Triage;

/// <summary>A member who may be assigned findings (Engineer or higher).</summary>
internal sealed record AssignableMember(string UserId, string Email, OrganisationRole Role);
