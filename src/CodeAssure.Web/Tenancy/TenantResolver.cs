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
internal sealed class TenantResolver(CodeAssureDbContext db, CallerLookup callers)
{
    public async Task<TenantContext?> ResolveAsync(ClaimsPrincipal principal, string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (principal.Identity.AuthenticationType == ApiTokenAuthenticationHandler.SchemeName)
        {
            var scoped = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken).ConfigureAwait(false);
            return scoped is not null && principal.FindFirstValue(ApiAuthentication.OrganisationClaim) == scoped.Id.ToString("D")
                ? new TenantContext(scoped, OrganisationRole.Engineer, IsApiToken: true)
                : null;
        }

        // Read together with the MFA check's facts (one query per request; see CallerLookup).
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId ||
            await callers.FindAsync(userId, slug, cancellationToken).ConfigureAwait(false) is not { Organisation: { } organisation, Role: { } role } ||
            role == OrganisationRole.Customer)
        {
            return null;
        }

        return new TenantContext(organisation, role, IsApiToken: false);
    }
}
