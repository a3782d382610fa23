using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Trust;

/// <summary>
/// The current <see cref="PortalStamp"/> of each organisation, recomputed at most once per
/// <see cref="Lifetime"/>: the rows behind the portal are read (ids and change times, not the documents) and digested,
/// so a change by any service, importer or direct database write shows within a second, with no eviction calls needed.
/// </summary>
internal sealed class PortalStamps(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How long a computed stamp is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    // Keyed by slug; only organisations that exist get an entry, so hostile slugs cannot grow it.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp of the organisation with <paramref name="slug"/>, or null when there is none.</summary>
    public async Task<PortalStamp?> GetAsync(string slug)
    {
        // The monotonic clock, not the server's TimeProvider: a test's frozen clock must not freeze the cache.
        var now = Environment.TickCount64;
        if (_entries.TryGetValue(slug, out var entry) && now - entry.ComputedAt < Lifetime.TotalMilliseconds)
        {
            return await entry.Stamp.ConfigureAwait(false);
        }

        // Shared by every request in the window, so one caller's cancellation must not cancel it.
        var fresh = new Entry(now, ComputeAsync(slug, CancellationToken.None));
        _entries[slug] = fresh;
        try
        {
            var stamp = await fresh.Stamp.ConfigureAwait(false);
            if (stamp is null)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(slug, fresh));
            }

            return stamp;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(slug, fresh));
            throw;
        }
    }

    /// <summary>Drops the stamp of <paramref name="slug"/>, so the next request recomputes it.</summary>
    public void Forget(string slug) => _entries.TryRemove(slug, out _);

    private async Task<PortalStamp?> ComputeAsync(string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CodeAssureDbContext>();
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct).ConfigureAwait(false);
        if (org is null)
        {
            return null;
        }

        var id = org.Id;
        var text = new List<string>();
        Add(text, "org", org.Name, org.PortalVisibility, org.SroName, org.StakeholderRole);
        Add(text, "today", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        foreach (var p in await db.Products.AsNoTracking().Where(p => p.OrganisationId == id).Select(p => new { p.Id, p.Name, p.Description }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "product", p.Id, p.Name, p.Description);
        }

        foreach (var r in await db.Releases.AsNoTracking().Where(r => r.OrganisationId == id).Select(r => new { r.Id, r.Version, r.ReleasedOn }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "release", r.Id, r.Version, r.ReleasedOn);
        }

        foreach (var s in await db.SupportPeriods.AsNoTracking().Where(s => s.OrganisationId == id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "support", s.Id, s.UpdatedAt);
        }

        foreach (var a in await db.Advisories.AsNoTracking().Where(a => a.OrganisationId == id).Select(a => new { a.Id, a.Status, a.UpdatedAt }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "advisory", a.Id, a.Status, a.UpdatedAt);
        }

        foreach (var i in await db.Incidents.AsNoTracking().Where(i => i.OrganisationId == id).Select(i => new { i.Id, i.Published, i.UpdatedAt }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "incident", i.Id, i.Published, i.UpdatedAt);
        }

        foreach (var d in await db.DisclosurePolicies.AsNoTracking().Where(d => d.OrganisationId == id).Select(d => new { d.ReportFormEnabled, d.UpdatedAt }).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "policy", d.ReportFormEnabled, d.UpdatedAt);
        }

        // Signed-off snapshots never change, so their ids say everything.
        foreach (var v in await db.AssessmentVersions.AsNoTracking().Where(v => v.OrganisationId == id && v.Status == AssessmentVersion.SignedOff).Select(v => v.Id).ToListAsync(ct).ConfigureAwait(false))
        {
            Add(text, "assessment", v);
        }

        // Sorted: databases return rows in no promised order, and the digest must not change when nothing did.
        text.Sort(StringComparer.Ordinal);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', text))));
        return new PortalStamp(id, org.PortalVisibility, digest);
    }

    private static void Add(List<string> lines, string kind, params object?[] values)
    {
        var text = new StringBuilder(kind);
        foreach (var value in values)
        {
            // Lengths before values, so no two different row sets can produce the same text.
            var s = value switch
            {
                null => "\0",
                DateTimeOffset t => t.UtcTicks.ToString(CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            text.Append('|').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
        }

        lines.Add(text.ToString());
    }

    private sealed record Entry(long ComputedAt, Task<PortalStamp?> Stamp);
}
