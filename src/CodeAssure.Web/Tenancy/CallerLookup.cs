using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tenancy;

/// <summary>
/// Reads <see cref="CallerFacts"/> in one query and keeps them for the rest of the request only (scoped): the MFA check
/// and the tenancy check of the same request share the read, while every new request reads again, so a removed member,
/// a changed role or a reset authenticator applies from the very next request.
/// </summary>
internal sealed class CallerLookup(CodeAssureDbContext db)
{
    private (string UserId, string? Slug, CallerFacts? Facts)? _read;

    /// <summary>The facts about user <paramref name="userId"/> and the organisation <paramref name="slug"/>; null when the user does not exist.</summary>
    public async Task<CallerFacts?> FindAsync(string userId, string? slug, CancellationToken cancellationToken)
    {
        if (_read is { } read && read.UserId == userId && read.Slug == slug)
        {
            return read.Facts;
        }

        var row = await (
                from u in db.Users.AsNoTracking().Where(u => u.Id == userId)
                from o in db.Organisations.AsNoTracking().Where(o => o.Slug == slug).DefaultIfEmpty()
                select new
                {
                    u.TwoFactorEnabled,
                    u.IsServerAdmin,
                    Organisation = o,
                    Role = db.Memberships.Where(m => m.OrganisationId == o!.Id && m.UserId == u.Id).Select(m => (OrganisationRole?)m.Role).FirstOrDefault(),
                })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var facts = row is null ? null : new CallerFacts(row.TwoFactorEnabled, row.IsServerAdmin, row.Organisation, row.Organisation is null ? null : row.Role);
        _read = (userId, slug, facts);
        return facts;
    }
}
