using System.Globalization;
using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>
/// CISA's Known Exploited Vulnerabilities catalogue (the JSON feed, schema version 1.x), indexed by CVE id.
/// </summary>
public sealed class KevCatalog
{
    private readonly Dictionary<string, KevEntry> _entries;

    private KevCatalog(string? version, DateTimeOffset? released, Dictionary<string, KevEntry> entries)
    {
        CatalogVersion = version;
        Released = released;
        _entries = entries;
    }

    /// <summary>The catalogue's own version string.</summary>
    public string? CatalogVersion { get; }

    /// <summary>When this version of the catalogue was released.</summary>
    public DateTimeOffset? Released { get; }

    /// <summary>How many CVEs the catalogue lists.</summary>
    public int Count => _entries.Count;

    /// <summary>Looks a CVE up, ignoring case.</summary>
    public KevEntry? Find(string cveId) => _entries.GetValueOrDefault(cveId.ToUpperInvariant());

    /// <summary>Reads the catalogue JSON. Entries without a CVE id or with an unreadable date are refused, naming the entry.</summary>
    public static async Task<KevCatalog> LoadAsync(Stream json, string source, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new EnrichmentFormatException($"{source}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("vulnerabilities", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new EnrichmentFormatException($"{source}: not a KEV catalogue (expected an object with a 'vulnerabilities' array)");
            }

            var entries = new Dictionary<string, KevEntry>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var where = $"{source}: /vulnerabilities/{index++}";
                var cve = Text(item, "cveID") ?? throw new EnrichmentFormatException($"{where}: no cveID");
                var added = Date(item, "dateAdded", where) ?? throw new EnrichmentFormatException($"{where}: no dateAdded");
                var ransomware = string.Equals(Text(item, "knownRansomwareCampaignUse"), "Known", StringComparison.OrdinalIgnoreCase);
                entries[cve.ToUpperInvariant()] = new KevEntry(cve.ToUpperInvariant(), added, Date(item, "dueDate", where), ransomware);
            }

            DateTimeOffset? released = DateTimeOffset.TryParse(Text(root, "dateReleased"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var r) ? r : null;
            return new KevCatalog(Text(root, "catalogVersion"), released, entries);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static DateOnly? Date(JsonElement element, string name, string where)
    {
        var text = Text(element, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new EnrichmentFormatException($"{where}: {name} '{Shorten(text)}' is not a date (yyyy-MM-dd)");
    }

    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
