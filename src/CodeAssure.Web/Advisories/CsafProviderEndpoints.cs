using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Trust;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CodeAssure.Web.Advisories;

/// <summary>
/// The organisation's CSAF 2.0 provider (section 7.1), anonymous and governed by the portal's visibility: provider
/// metadata, and a directory with one folder per year, <c>index.txt</c>, <c>changes.csv</c> and <c>.sha256</c>/<c>.sha512</c>
/// files. Only published advisories marked TLP:WHITE appear (7.1.4: those must be reachable without authentication;
/// anything else is never served here).
/// </summary>
internal static class CsafProviderEndpoints
{
    public static void MapCsafProvider(this IEndpointRouteBuilder app)
    {
        var trust = app.MapGroup("/trust/{slug}").AllowAnonymous().ExcludeFromDescription();
        trust.MapGet("/" + CsafProviderLayout.ProviderMetadata, ProviderMetadata);
        trust.MapGet("/csaf", (HttpContext c, string slug) => Results.Redirect($"/trust/{Uri.EscapeDataString(slug)}/csaf/", permanent: true));
        trust.MapGet("/csaf/", Listing);
        trust.MapGet("/csaf/index.txt", Index);
        trust.MapGet("/csaf/changes.csv", Changes);
        trust.MapGet("/csaf/{year:int}/", YearListing);
        trust.MapGet("/csaf/{year:int}/{file}", File);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private sealed record Entry(Advisory Advisory, string Path, string FileName);

    private static async Task<(Organisation Organisation, List<Entry> Entries)?> PublishedAsync(HttpContext c, string slug)
    {
        var access = c.RequestServices.GetRequiredService<PortalAccess>();
        var organisation = await access.ResolveAsync(c.User, slug, c.RequestAborted).ConfigureAwait(false);
        if (organisation is null)
        {
            return null;
        }

        var db = c.RequestServices.GetRequiredService<CodeAssureDbContext>();
        var rows = await db.Advisories.AsNoTracking()
            .Where(a => a.OrganisationId == organisation.Id && a.Status == AdvisoryStatus.Final)
            .ToListAsync(c.RequestAborted).ConfigureAwait(false);
        var entries = rows
            .Where(a => a.InitialReleaseDate is not null && IsTlpWhite(a.CsafJson))
            .Select(a =>
            {
                var path = CsafProviderLayout.RelativePath(a.InitialReleaseDate!.Value, a.TrackingId);
                return new Entry(a, path, path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            })
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return (organisation, entries);
    }

    private static async Task<IResult> ProviderMetadata(HttpContext c, string slug)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (organisation, entries))
        {
            return Results.NotFound();
        }

        var portal = CsafProviderLayout.Portal(c.Request, organisation.Slug);
        var lastUpdated = entries.Count == 0 ? organisation.CreatedAt : entries.Max(e => e.Advisory.CurrentReleaseDate);
        var metadata = new Dictionary<string, object>
        {
            ["canonical_url"] = new Uri(portal, CsafProviderLayout.ProviderMetadata).AbsoluteUri,
            ["distributions"] = new[] { new Dictionary<string, string> { ["directory_url"] = new Uri(portal, CsafProviderLayout.Directory).AbsoluteUri } },
            ["last_updated"] = Timestamp(lastUpdated),
            ["list_on_CSAF_aggregators"] = true,
            ["metadata_version"] = "2.0",
            ["mirror_on_CSAF_aggregators"] = true,
            ["publisher"] = new Dictionary<string, string> { ["category"] = "vendor", ["name"] = organisation.Name, ["namespace"] = portal.AbsoluteUri },
            ["role"] = "csaf_provider",
        };
        var json = JsonSerializer.Serialize(metadata, Indented);
        return Serve(c, Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", lastUpdated);
    }

    private static async Task<IResult> Index(HttpContext c, string slug)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (_, entries))
        {
            return Results.NotFound();
        }

        var text = string.Concat(entries.Select(e => e.Path + "\n"));
        return Serve(c, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", Newest(entries));
    }

    private static async Task<IResult> Changes(HttpContext c, string slug)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (_, entries))
        {
            return Results.NotFound();
        }

        // 7.1.13: path and current_release_date, both quoted, newest change first.
        var text = string.Concat(entries
            .OrderByDescending(e => e.Advisory.CurrentReleaseDate)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .Select(e => $"\"{e.Path}\",\"{Timestamp(e.Advisory.CurrentReleaseDate)}\"\n"));
        return Serve(c, Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", Newest(entries));
    }

    private static async Task<IResult> Listing(HttpContext c, string slug)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (_, entries))
        {
            return Results.NotFound();
        }

        var years = entries.Select(e => e.Path[..e.Path.IndexOf('/', StringComparison.Ordinal)] + "/").Distinct(StringComparer.Ordinal);
        return Serve(c, DirectoryPage("CSAF advisories", ["index.txt", "changes.csv", .. years]), "text/html; charset=utf-8", Newest(entries));
    }

    private static async Task<IResult> YearListing(HttpContext c, string slug, int year)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (_, entries))
        {
            return Results.NotFound();
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"{year:0000}/");
        var inYear = entries.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (inYear.Count == 0)
        {
            return Results.NotFound();
        }

        var files = inYear.SelectMany(e => new[] { e.FileName, e.FileName + ".sha256", e.FileName + ".sha512" });
        return Serve(c, DirectoryPage("CSAF advisories " + prefix, files), "text/html; charset=utf-8", Newest(inYear));
    }

    private static async Task<IResult> File(HttpContext c, string slug, int year, string file)
    {
        if (await PublishedAsync(c, slug).ConfigureAwait(false) is not var (_, entries))
        {
            return Results.NotFound();
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"{year:0000}/");
        foreach (var entry in entries.Where(e => e.Path.StartsWith(path, StringComparison.Ordinal)))
        {
            var document = Encoding.UTF8.GetBytes(entry.Advisory.CsafJson);
            var modified = entry.Advisory.CurrentReleaseDate;
            if (string.Equals(file, entry.FileName, StringComparison.Ordinal))
            {
                return Serve(c, document, "application/json; charset=utf-8", modified);
            }

            // 7.1.18: the hash file holds "<hex>  <file name>", as sha256sum and sha512sum write it.
            if (string.Equals(file, entry.FileName + ".sha256", StringComparison.Ordinal))
            {
                return Serve(c, Encoding.UTF8.GetBytes($"{Convert.ToHexStringLower(SHA256.HashData(document))}  {entry.FileName}\n"), "text/plain; charset=utf-8", modified);
            }

            if (string.Equals(file, entry.FileName + ".sha512", StringComparison.Ordinal))
            {
                return Serve(c, Encoding.UTF8.GetBytes($"{Convert.ToHexStringLower(SHA512.HashData(document))}  {entry.FileName}\n"), "text/plain; charset=utf-8", modified);
            }
        }

        return Results.NotFound();
    }

    private static IResult Serve(HttpContext c, byte[] body, string contentType, DateTimeOffset lastModified)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"");
        var headers = c.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        var ifNoneMatch = c.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, contentType);
    }

    private static byte[] DirectoryPage(string title, IEnumerable<string> links)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title></head><body><h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1><ul>");
        foreach (var link in links)
        {
            var encoded = WebUtility.HtmlEncode(link);
            html.Append("<li><a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a></li>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</ul></body></html>").ToString());
    }

    private static DateTimeOffset Newest(List<Entry> entries) =>
        entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Advisory.CurrentReleaseDate);

    private static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static bool IsTlpWhite(string csafJson)
    {
        try
        {
            using var document = JsonDocument.Parse(csafJson);
            var label = document.RootElement.GetProperty("document").TryGetProperty("distribution", out var distribution)
                && distribution.TryGetProperty("tlp", out var tlp) && tlp.TryGetProperty("label", out var value)
                ? value.GetString()
                : null;
            return label is "WHITE";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }
}
