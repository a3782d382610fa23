using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Lifecycle;

/// <summary>
/// Writes an organisation's support lifecycle in the format of docs/support-lifecycle.schema.json: a portfolio whose
/// <c>products</c> are each exactly what a vendor may commit as support-lifecycle.json in a repository (and what
/// <c>codeassure scan</c> reads), so the portal and the repository speak the same format.
/// </summary>
internal sealed class SupportLifecycleDocument(CodeAssureDbContext db, TimeProvider time)
{
    public const string SchemaId = "https://codeassure.dev/schemas/support-lifecycle.schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The portfolio document for every product of <paramref name="organisation"/>, as indented JSON.</summary>
    public async Task<string> WriteAsync(Organisation organisation, string portalUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var products = await db.Products.AsNoTracking().Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var policies = await db.SupportPolicies.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var periods = await db.SupportPeriods.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var releases = await db.Releases.AsNoTracking().Where(r => r.OrganisationId == organisation.Id)
            .Select(r => new { r.ProductId, r.Version, r.ReleasedOn }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var list = new JsonArray();
        foreach (var product in products)
        {
            var releaseDays = releases.Where(r => r.ProductId == product.Id).ToDictionary(r => r.Version, r => r.ReleasedOn, StringComparer.Ordinal);
            list.Add(Product(product, policies.FirstOrDefault(p => p.ProductId == product.Id), periods.Where(p => p.ProductId == product.Id).ToList(), releaseDays, portalUrl));
        }

        var document = new JsonObject
        {
            ["$schema"] = SchemaId,
            ["publisher"] = new JsonObject { ["name"] = organisation.Name, ["portal"] = portalUrl },
            ["generated"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["products"] = list,
        };
        return document.ToJsonString(Indented);
    }

    private JsonObject Product(Product product, SupportPolicy? policy, List<SupportPeriod> periods, Dictionary<string, DateOnly> releaseDays, string portalUrl)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var versions = new JsonArray();
        foreach (var line in periods.GroupBy(p => p.Versions, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = line.OrderBy(p => p.StartsOn).ToList();
            var supported = ordered.Where(p => p.Level != SupportLevel.None).ToList();

            // The line's end of support is the last day of its last supported period; unknown while any is open-ended.
            SupportPeriod? last = supported.Count == 0 || supported.Any(p => p.EndsOn is null) ? null : supported.MaxBy(p => p.EndsOn);
            var released = releaseDays.TryGetValue(line.Key, out var day) && day <= ordered[0].StartsOn ? day : ordered[0].StartsOn;
            var current = ordered.LastOrDefault(p => p.StartsOn <= today && (p.EndsOn is null || p.EndsOn >= today));
            var entry = new JsonObject
            {
                ["version"] = line.Key,
                ["released"] = SupportService.Day(released),
                ["endOfSupport"] = last?.EndsOn is { } end ? SupportService.Day(end) : null,
                ["announced"] = last?.EndAnnouncedAt is { } announced ? SupportService.Day(DateOnly.FromDateTime(announced.UtcDateTime)) : null,
                ["level"] = current is null ? (last?.EndsOn < today ? "none" : null) : LifecycleNames.Of(current.Level),
                ["periods"] = new JsonArray(ordered.Select(Period).ToArray<JsonNode?>()),
            };
            if (last?.ShortNoticeJustification is { } why)
            {
                entry["notes"] = "Announced with less than 365 days' notice: " + why;
            }

            versions.Add(entry);
        }

        var result = new JsonObject
        {
            ["product"] = product.Name,
            ["policy"] = portalUrl,
        };
        if (policy is not null)
        {
            result["minimumSupportMonths"] = policy.MinimumSupportMonths;
            result["policyReason"] = policy.Reason;
        }

        result["versions"] = versions;
        return result;
    }

    private static JsonObject Period(SupportPeriod p) => new()
    {
        ["level"] = LifecycleNames.Of(p.Level),
        ["start"] = SupportService.Day(p.StartsOn),
        ["end"] = p.EndsOn is { } e ? SupportService.Day(e) : null,
        ["announced"] = p.EndAnnouncedAt is { } a ? SupportService.Day(DateOnly.FromDateTime(a.UtcDateTime)) : null,
        ["shortNoticeJustification"] = p.ShortNoticeJustification,
    };
}
