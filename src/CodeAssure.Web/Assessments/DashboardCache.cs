using Microsoft.Extensions.Caching.Memory;

namespace CodeAssure.Web.Assessments;

/// <summary>
/// The last dashboard computed per organisation, with the fingerprint of what it was computed from (the day and the
/// organisation's latest audit entry). A request whose fingerprint matches reuses it, so a dashboard view costs one
/// small query instead of reading and scoring every stored assessment and the support lifecycle; any saved change to
/// the organisation's data changes the fingerprint, so a stale dashboard is never shown. Per instance: several
/// instances each compute their own.
/// </summary>
internal sealed class DashboardCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1_000 });

    /// <summary>The cached view when it was computed from exactly <paramref name="fingerprint"/>.</summary>
    public DashboardView? Find(Guid organisationId, DashboardFingerprint fingerprint) =>
        _cache.TryGetValue(organisationId, out Entry? entry) && entry is not null && entry.Fingerprint == fingerprint ? entry.View : null;

    /// <summary>Keeps <paramref name="view"/> as the organisation's current dashboard.</summary>
    public void Store(Guid organisationId, DashboardFingerprint fingerprint, DashboardView view) =>
        _cache.Set(organisationId, new Entry(fingerprint, view), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private sealed record Entry(DashboardFingerprint Fingerprint, DashboardView View);
}
