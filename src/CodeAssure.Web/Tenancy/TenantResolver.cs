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

        if (principal.Identity.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName)
        {
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken).ConfigureAwait(false);
            return organisation is not null && principal.FindFirstValue(ApiAuthentication.OrganisationClaim) == organisation.Id.ToString("D")
                ? new TenantContext(organisation, OrganisationRole.Engineer, IsApiToken: true)
                : null;
        }

        // The organisation and the caller's membership in one round trip: this runs on every organisation page and call.
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var found = await db.Organisations.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                Organisation = o,
                Role = db.Memberships.Where(m => m.OrganisationId == o.Id && m.UserId == userId).Select(m => (OrganisationRole?)m.Role).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found?.Role is not { } role || role == OrganisationRole.Customer
            ? null
            : new TenantContext(found.Organisation, role, IsApiToken: false);
    }
}
