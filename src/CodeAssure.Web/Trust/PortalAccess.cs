using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Trust;

/// <summary>
/// Decides who may see an organisation's trust portal and everything published under <c>/trust/{slug}</c>: anyone
/// when the portal is public, otherwise only signed-in members of the organisation (customers included). Every other
/// visitor gets the same 404 as for an organisation that does not exist, so the portal does not reveal its tenants.
/// </summary>
internal sealed class PortalAccess(CodeAssureDbContext db)
{
    /// <summary>The organisation whose portal <paramref name="principal"/> may see, or null (answer 404).</summary>
    public async Task<Organisation?> ResolveAsync(ClaimsPrincipal principal, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > 64)
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (organisation is null || organisation.PortalVisibility == PortalVisibility.Public)
        {
            return organisation;
        }

        var userId = principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (userId is null)
        {
            return null;
        }

        var member = await db.Memberships.AsNoTracking()
            .AnyAsync(m => m.OrganisationId == organisation.Id && m.UserId == userId, cancellationToken).ConfigureAwait(false);
        return member ? organisation : null;
    }
}
