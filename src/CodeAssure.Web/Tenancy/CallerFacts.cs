using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Tenancy;

/// <summary>What one request needs to know about a signed-in user: MFA status and their place in the routed organisation.</summary>
/// <param name="TwoFactorEnabled">Whether the user has enrolled an authenticator.</param>
/// <param name="IsServerAdmin">Whether the user administers the server.</param>
/// <param name="Organisation">The organisation named by the route's slug, or null when there is none (or no slug).</param>
/// <param name="Role">The user's role in that organisation, or null when they are not a member.</param>
internal sealed record CallerFacts(bool TwoFactorEnabled, bool IsServerAdmin, Organisation? Organisation, OrganisationRole? Role);
