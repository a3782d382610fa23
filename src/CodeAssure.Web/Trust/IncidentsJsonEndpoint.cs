using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Lifecycle;
using CodeAssure.Web.Notifications;

namespace CodeAssure.Web.Trust;

/// <summary>
/// <c>/trust/{slug}/incidents.json</c>: the incidents the organisation has published, machine-readable, so customers'
/// supplier registers can raise alerts. Same visibility as the incidents page (<see cref="PortalAccess"/>, 404 otherwise);
/// only what the page shows is written (never the internal description or the affected customers).
/// </summary>
internal static class IncidentsJsonEndpoint
{
    /// <summary>The document's media type.</summary>
    public const string MediaType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Maps the endpoint (anonymous; the portal's visibility decides).</summary>
    public static IEndpointRouteBuilder MapIncidentsJson(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trust/{slug}/incidents.json", GetAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(string slug, HttpContext context, PortalAccess access, PortalService portal, PublicAddress address, TimeProvider time)
    {
        var organisation = await access.ResolveAsync(context.User, slug, context.RequestAborted).ConfigureAwait(false);
        if (organisation is null)
        {
            return Results.NotFound();
        }

        var incidents = await portal.IncidentsAsync(organisation, context.RequestAborted).ConfigureAwait(false);
        var portalUrl = address.Link($"/trust/{organisation.Slug}").AbsoluteUri;
        var list = new JsonArray(incidents.Select(i => (JsonNode?)Entry(i, address.Link($"/trust/{organisation.Slug}/incidents").AbsoluteUri + "#incident-" + i.Id.ToString("D"))).ToArray());
        var document = new JsonObject
        {
            ["publisher"] = new JsonObject { ["name"] = organisation.Name, ["portal"] = portalUrl },
            ["generated"] = Timestamp(time.GetUtcNow()),
            ["incidents"] = list,
        };
        return Results.Text(document.ToJsonString(Indented), MediaType);
    }

    private static JsonObject Entry(Incident incident, string url) => new()
    {
        ["reference"] = incident.Reference,
        ["title"] = incident.Title,
        ["status"] = LifecycleNames.Of(incident.Status),
        ["severity"] = LifecycleNames.Of(incident.Severity),
        ["started"] = Timestamp(incident.StartedAt),
        ["resolved"] = incident.ResolvedAt is { } resolved ? Timestamp(resolved) : null,
        ["summary"] = incident.PublicSummary,
        ["url"] = url,
    };

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
