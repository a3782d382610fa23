using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Security;

/// <summary>MFA is mandatory for server administrators and for Owners and SROs of any organisation.</summary>
internal sealed class MfaRequirement(CodeAssureDbContext db, CallerLookup callers)
{
    /// <summary>
    /// Whether the signed-in user must enrol first. <paramref name="slug"/> is the request's organisation, if any: its
    /// membership is read in the same query, for the tenancy check that follows (<see cref="CallerLookup"/>).
    /// </summary>
    public async Task<bool> MustEnrolAsync(ClaimsPrincipal principal, string? slug, CancellationToken cancellationToken)
    {
        if (principal.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName ||
            principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var user = await callers.FindAsync(userId, slug, cancellationToken).ConfigureAwait(false);
        if (user is null || user.TwoFactorEnabled)
        {
            return false;
        }

        return user.IsServerAdmin || await db.Memberships.AnyAsync(
            m => m.UserId == userId && (m.Role == OrganisationRole.Owner || m.Role == OrganisationRole.Sro), cancellationToken).ConfigureAwait(false);
    }
}
