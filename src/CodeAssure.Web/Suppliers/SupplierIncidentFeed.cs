using System.Globalization;
using System.Text.Json;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reads a supplier's <c>incidents.json</c> (docs/incidents.md) and raises an Incident alert per published incident
/// (key <c>incident:{reference}</c>) and again whenever its status becomes one not alerted before
/// (key <c>incident:{reference}:{status}</c>).
/// </summary>
internal sealed class SupplierIncidentFeed(SupplierPortalClient client)
{
    /// <summary>The largest incidents.json read.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The document's address under a portal.</summary>
    public static Uri AddressOf(SupplierPortalAddress portal) => portal?.Under("/incidents.json") ?? throw new ArgumentNullException(nameof(portal));

    private sealed record Published(string Reference, string Title, string Status, string? Severity, string? Summary, string? Url);

    /// <summary>Reads the document and raises alerts (added to the context; the caller saves).</summary>
    public async Task ReadAsync(SupplierSyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var url = AddressOf(run.Portal);
        List<Published> incidents;
        try
        {
            incidents = Parse(url, await client.GetAsync(url, MaxBytes, cancellationToken).ConfigureAwait(false));
        }
        catch (SupplierFetchException e)
        {
            run.Problems.Add(e.Message);
            return;
        }

        foreach (var incident in incidents)
        {
            var link = incident.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) && run.IsOnPortalOrigin(parsed) ? parsed.AbsoluteUri : url.AbsoluteUri;
            var detail = $"Status: {incident.Status}. Severity: {incident.Severity ?? "not stated"}.{(incident.Summary is { } s ? "\n" + s : "")}";
            var first = $"incident:{incident.Reference}";
            if (!run.Alerts.Has(first))
            {
                run.Alerts.Raise(SupplierAlertKind.Incident, first, $"Incident {incident.Reference}: {incident.Title} ({incident.Status})", detail, link, null);
                continue;
            }

            // The first alert's detail starts with the status it saw: that status is not a change.
            if (run.Alerts.DetailOf(first)?.StartsWith($"Status: {incident.Status}.", StringComparison.Ordinal) == true)
            {
                continue;
            }

            run.Alerts.Raise(SupplierAlertKind.Incident, $"{first}:{incident.Status}", $"Incident {incident.Reference} is now {incident.Status}: {incident.Title}", detail, link, null);
        }
    }

    private static List<Published> Parse(Uri url, byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("incidents", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new SupplierFetchException($"{url} has no 'incidents' array.");
            }

            var result = new List<Published>();
            foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Take(1000))
            {
                var reference = Text(item, "reference")?.Trim();
                var status = Text(item, "status")?.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(reference) || reference.Length > 100 || string.IsNullOrEmpty(status) || status.Length > 40)
                {
                    continue;
                }

                result.Add(new Published(reference, SupplierAlertBook.Clip(Text(item, "title")?.Trim() ?? reference, 300), status,
                    Text(item, "severity")?.Trim().ToLowerInvariant(), Text(item, "summary"), Text(item, "url")));
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new SupplierFetchException(string.Create(CultureInfo.InvariantCulture, $"{url} is not valid JSON (line {(e.LineNumber ?? 0) + 1})."), e);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
