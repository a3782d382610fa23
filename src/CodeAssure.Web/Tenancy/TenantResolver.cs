using System.Security.Claims;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tenancy;

/// <summary>
/// The one place tenancy is decided: a caller reaches an organisation only as a member (not Customer: the workspace
/// is not theirs) or with a token scoped to it. Anyone else gets null, which pages and API turn into 404, so the
/// existence of another organisation's objects is never revealed.
/// </summary>
internal sealed class TenantResolver(CodeAssureDbContext db)
{
    public async Task<TenantContext?> ResolveAsync(ClaimsPrincipal principal, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (organisation is null)
        {
            return null;
        }

        if (principal.Identity.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName)
        {
            return principal.FindFirstValue(ApiAuthentication.OrganisationClaim) == organisation.Id.ToString("D")
                ? new TenantContext(organisation, OrganisationRole.Engineer, IsApiToken: true)
                : null;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var membership = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.OrganisationId == organisation.Id && m.UserId == userId, cancellationToken).ConfigureAwait(false);
        return membership is null || membership.Role == OrganisationRole.Customer
            ? null
            : new TenantContext(organisation, membership.Role, IsApiToken: false);
    }
}
