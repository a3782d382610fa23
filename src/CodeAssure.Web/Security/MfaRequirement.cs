using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Security;

/// <summary>MFA is mandatory for server administrators and for Owners and SROs of any organisation.</summary>
internal sealed class MfaRequirement(CodeAssureDbContext db)
{
    public async Task<bool> MustEnrolAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity?.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName ||
            principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.TwoFactorEnabled, u.IsServerAdmin }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (user is null || user.TwoFactorEnabled)
        {
            return false;
        }

        return user.IsServerAdmin || await db.Memberships.AnyAsync(
            m => m.UserId == userId && (m.Role == OrganisationRole.Owner || m.Role == OrganisationRole.Sro), cancellationToken).ConfigureAwait(false);
    }
}
