using System.Security.Cryptography;
using CodeAssure.Data.Entities;
using Microsoft.Net.Http.Headers;

namespace CodeAssure.Web.Trust;

/// <summary>
/// Serves the portal's HTML pages of public portals from memory: the rendered bytes are kept per page and served
/// while the organisation's <see cref="PortalStamp"/> is unchanged, so a busy public portal costs no database work
/// beyond one stamp check a second. Customers-only portals are rendered each time (the page checks membership).
/// Every portal page gets an ETag and answers a matching If-None-Match with 304.
/// </summary>
internal sealed class PortalPageCache(RequestDelegate next, PortalStamps stamps, PortalPageStore store)
{
    /// <summary>The key under which a page records that it may be cached (the organisation id it rendered).</summary>
    public const string CacheableItem = "codeassure.portal.cacheable";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !TryReadVendor(request.Path, out var vendor))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var stamp = await stamps.GetAsync(vendor).ConfigureAwait(false);
        var publicPortal = stamp is { Visibility: PortalVisibility.Public };
        var key = request.Path.Value!;
        if (publicPortal && store.TryGet(key, out var cached) && cached.Version == stamp!.Version)
        {
            await WriteAsync(context, cached, isPublic: true).ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var body = buffer.ToArray();
        var page = new CachedPortalPage(stamp?.Version ?? "", body, context.Response.ContentType ?? "text/html; charset=utf-8", ETagOf(body));
        // Stored only when the page itself found the portal public under the same stamp the lookup used.
        var cacheable = publicPortal && context.Items.TryGetValue(CacheableItem, out var rendered) && rendered is Guid id && id == stamp!.OrganisationId;
        if (cacheable)
        {
            store.Set(key, page);
        }

        await WriteAsync(context, page, cacheable).ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="path"/> is one of this helper's HTML pages (other /trust routes pass through).</summary>
    internal static bool TryReadVendor(PathString path, out string vendor)
    {
        vendor = "";
        var value = path.Value;
        if (value is null || value.Length > 300 || !value.StartsWith("/trust/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = value[7..].Split('/');
        if (segments.Length is 0 or > 3 || segments.Any(s => s.Length == 0))
        {
            return false;
        }

        var isPage = segments.Length switch
        {
            1 => true,
            2 => segments[1] is "advisories" or "incidents" or "assessment",
            _ => segments[1] is "products" or "advisories",
        };
        if (!isPage)
        {
            return false;
        }

        vendor = segments[0];
        return true;
    }

    private static async Task WriteAsync(HttpContext context, CachedPortalPage page, bool isPublic)
    {
        var response = context.Response;
        response.Headers.ETag = page.ETag;
        // Revalidate every time (cheap with the ETag); a customers-only page must stay out of shared caches.
        response.Headers.CacheControl = isPublic ? "public, no-cache" : "private, no-cache";
        if (!isPublic)
        {
            response.Headers.Vary = "Cookie";
        }

        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
            tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || string.Equals(t.Tag.Value, page.ETag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = page.Body.Length;
        await response.Body.WriteAsync(page.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
}
