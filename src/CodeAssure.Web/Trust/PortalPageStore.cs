using Microsoft.Extensions.Caching.Memory;

namespace CodeAssure.Web.Trust;

/// <summary>The rendered public portal pages in memory, bounded in bytes.</summary>
internal sealed class PortalPageStore : IDisposable
{
    /// <summary>The most page bytes kept in memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    public bool TryGet(string key, out CachedPortalPage page)
    {
        if (_pages.TryGetValue(key, out CachedPortalPage? found) && found is not null)
        {
            page = found;
            return true;
        }

        page = null!;
        return false;
    }

    public void Set(string key, CachedPortalPage page) =>
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Body.Length + key.Length, SlidingExpiration = TimeSpan.FromMinutes(10) });

    /// <inheritdoc />
    public void Dispose() => _pages.Dispose();
}
