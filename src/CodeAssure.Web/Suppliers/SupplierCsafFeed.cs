using System.Globalization;
using System.Text;
using System.Text.Json;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reads a supplier's CSAF 2.0 provider (section 7.1): the provider metadata, its distributions (a directory with
/// <c>changes.csv</c>, else <c>index.txt</c>; or ROLIE feeds), then each document changed since the last read, and
/// keeps the register's <see cref="SupplierAdvisory"/> rows and Advisory alerts up to date. Every address must stay on
/// the portal's origin; a document that fails is reported and the others are still read.
/// </summary>
internal sealed class SupplierCsafFeed(CodeAssureDbContext db, SupplierPortalClient client, NotificationQueue queue, PublicAddress address)
{
    /// <summary>The largest provider metadata read.</summary>
    public const long MaxMetadataBytes = 1024 * 1024;

    /// <summary>The largest advisory, <c>changes.csv</c>, <c>index.txt</c> or ROLIE feed read.</summary>
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>The most documents read in one run (the newest first); the rest wait for the next run.</summary>
    public const int MaxDocumentsPerRun = 500;

    private static readonly string[] Roles = ["csaf_publisher", "csaf_provider", "csaf_trusted_provider"];
    private static readonly string[] SeverityOrder = ["none", "low", "medium", "high", "critical"];

    private sealed record Listed(Uri Url, DateTimeOffset? Changed);

    /// <summary>Reads the provider and adds the changes to the context (the caller saves); problems go to <see cref="SupplierSyncRun.Problems"/>.</summary>
    public async Task<int> ReadAsync(SupplierSyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        List<Listed> listed;
        try
        {
            listed = await ListAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (SupplierFetchException e)
        {
            run.Problems.Add(e.Message);
            return 0;
        }

        var stored = await db.SupplierAdvisories.Where(a => a.SupplierId == run.Supplier.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byUrl = stored.GroupBy(a => a.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byTrackingId = stored.ToDictionary(a => a.TrackingId, StringComparer.Ordinal);

        // A product added, renamed or moved to another version since the last document was read may be affected by
        // documents read before then.
        var rereadAll = stored.Count > 0 && run.Products.Any(p => p.MatchChangedAt > stored.Max(a => a.LastSeenAt));
        var toRead = listed
            .Where(l => rereadAll || l.Changed is not { } changed || !byUrl.TryGetValue(l.Url.AbsoluteUri, out var known) || Milliseconds(known.CurrentReleaseDate) < Milliseconds(changed))
            .ToList();
        if (toRead.Count > MaxDocumentsPerRun)
        {
            // Documents never read come first, so a large provider is read completely over a few runs instead of
            // the same newest ones again and again; the rest are read next time (not a failure).
            toRead = toRead.Where(l => !byUrl.ContainsKey(l.Url.AbsoluteUri)).Concat(toRead.Where(l => byUrl.ContainsKey(l.Url.AbsoluteUri)))
                .Take(MaxDocumentsPerRun).ToList();
        }

        var reader = new CsafReader(MaxDocumentBytes);
        var read = 0;
        foreach (var entry in toRead)
        {
            try
            {
                var bytes = await client.GetAsync(entry.Url, MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
                CsafDocument document;
                try
                {
                    document = reader.Read(bytes);
                }
                catch (CsafReadException e)
                {
                    throw new SupplierFetchException($"{entry.Url} is not a CSAF document: {e.Message}.", e);
                }

                Store(run, entry.Url, document, byTrackingId);
                read++;
            }
            catch (SupplierFetchException e)
            {
                run.Problems.Add(e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException and not DbUpdateException)
            {
                // A document that parses but is shaped to trip the code (nulls where CSAF requires values) is that
                // document's problem only.
                run.Problems.Add($"{entry.Url} could not be used: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        return read;
    }

    private void Store(SupplierSyncRun run, Uri url, CsafDocument document, Dictionary<string, SupplierAdvisory> byTrackingId)
    {
        var tracking = document.Document.Tracking;
        var trackingId = tracking.Id.Trim();
        if (trackingId.Length is 0 or > 200 || tracking.Version is null)
        {
            throw new SupplierFetchException($"{url} has no usable /document/tracking/id and /document/tracking/version.");
        }

        var version = BoundedVersion(tracking.Version.Text);
        var affected = CsafProductMatcher.Affected(document, run.Products);
        var title = SupplierAlertBook.Clip(document.Document.Title.Trim().Length == 0 ? trackingId : document.Document.Title.Trim(), 1000);
        if (!byTrackingId.TryGetValue(trackingId, out var advisory))
        {
            advisory = new SupplierAdvisory
            {
                Id = Guid.NewGuid(),
                SupplierId = run.Supplier.Id,
                TrackingId = trackingId,
                Title = title,
                TrackingVersion = version,
                Url = url.AbsoluteUri,
                AffectedProductIds = "",
                FirstSeenAt = run.Now,
            };
            db.SupplierAdvisories.Add(advisory);
            byTrackingId[trackingId] = advisory;
        }

        advisory.Title = title;
        advisory.TrackingVersion = version;
        // PostgreSQL stores only UTC offsets; a supplier may write any offset.
        advisory.CurrentReleaseDate = tracking.CurrentReleaseDate.ToUniversalTime();
        advisory.Severity = Severity(document);
        advisory.Cves = Cves(document);
        advisory.Url = url.AbsoluteUri;
        advisory.AffectedProductIds = string.Join(',', affected.Select(id => id.ToString("D")));
        advisory.LastSeenAt = run.Now;
        if (affected.Count == 0)
        {
            return;
        }

        var products = run.Products.Where(p => affected.Contains(p.Id)).ToList();
        var alertTitle = $"Advisory {trackingId}: {title}";
        var detail = $"Version {version}, severity {advisory.Severity ?? "not stated"}{(advisory.Cves is { } cves ? ", " + cves : "")}. "
            + $"Affects {string.Join(", ", products.Select(Describe))}.";
        var alert = run.Alerts.Raise(SupplierAlertKind.Advisory, $"advisory:{trackingId}:{version}", alertTitle, detail, url.AbsoluteUri, affected[0]);
        if (alert is null)
        {
            return;
        }

        var register = address.Link($"/orgs/{run.Organisation.Slug}/suppliers/alerts").AbsoluteUri;
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{run.Supplier.Name} published a security advisory that affects software {run.Organisation.Name} uses.\n\n")
            .Append(CultureInfo.InvariantCulture, $"{alertTitle}\n{detail}\n\nThe advisory: {url.AbsoluteUri}\nYour supplier alerts: {register}\n")
            .ToString();
        foreach (var recipient in run.Recipients)
        {
            queue.Email(run.Organisation.Id, recipient, SupplierAlertBook.Clip($"[{run.Supplier.Name}] {alertTitle}", 300), body);
        }
    }

    private async Task<List<Listed>> ListAsync(SupplierSyncRun run, CancellationToken cancellationToken)
    {
        var metadataUrl = run.Portal.CsafProviderMetadata;
        var bytes = await client.GetAsync(metadataUrl, MaxMetadataBytes, cancellationToken).ConfigureAwait(false);
        var (directories, feeds) = ParseMetadata(run, metadataUrl, bytes);
        var listed = new List<Listed>();
        foreach (var directory in directories)
        {
            listed.AddRange(await ListDirectoryAsync(directory, cancellationToken).ConfigureAwait(false));
        }

        foreach (var feed in feeds)
        {
            listed.AddRange(ListRolie(feed, await client.GetAsync(feed, MaxDocumentBytes, cancellationToken).ConfigureAwait(false)));
        }

        var result = new List<Listed>();
        foreach (var entry in listed.GroupBy(l => l.Url.AbsoluteUri, StringComparer.Ordinal).Select(g => g.OrderByDescending(l => l.Changed).First())
            .OrderByDescending(l => l.Changed ?? DateTimeOffset.MaxValue))
        {
            if (!run.IsOnPortalOrigin(entry.Url))
            {
                run.Problems.Add($"Refused {entry.Url}: a listed advisory must be on the supplier portal's origin ({run.Portal.Portal.GetLeftPart(UriPartial.Authority)}).");
                continue;
            }

            result.Add(entry);
        }

        return result;
    }

    private static (List<Uri> Directories, List<Uri> Feeds) ParseMetadata(SupplierSyncRun run, Uri url, byte[] bytes)
    {
        string Bad(string why) => $"The CSAF provider metadata at {url} {why}.";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new SupplierFetchException(Bad($"is not valid JSON (line {(e.LineNumber ?? 0) + 1})"), e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SupplierFetchException(Bad("is not a JSON object"));
            }

            var role = root.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            if (role is null || !Roles.Contains(role, StringComparer.Ordinal))
            {
                throw new SupplierFetchException(Bad($"has role '{role ?? "(none)"}', not one of {string.Join(", ", Roles)}"));
            }

            var directories = new List<Uri>();
            var feeds = new List<Uri>();
            if (root.TryGetProperty("distributions", out var distributions) && distributions.ValueKind == JsonValueKind.Array)
            {
                foreach (var distribution in distributions.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object).Take(20))
                {
                    if (distribution.TryGetProperty("directory_url", out var d) && d.ValueKind == JsonValueKind.String)
                    {
                        var text = d.GetString()!;
                        directories.Add(OnOrigin(run, Bad, text.EndsWith('/') ? text : text + "/"));
                    }

                    if (distribution.TryGetProperty("rolie", out var rolie) && rolie.ValueKind == JsonValueKind.Object
                        && rolie.TryGetProperty("feeds", out var list) && list.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var feed in list.EnumerateArray().Take(20))
                        {
                            if (feed.ValueKind == JsonValueKind.Object && feed.TryGetProperty("url", out var f) && f.ValueKind == JsonValueKind.String)
                            {
                                feeds.Add(OnOrigin(run, Bad, f.GetString()!));
                            }
                        }
                    }
                }
            }

            if (directories.Count == 0 && feeds.Count == 0)
            {
                throw new SupplierFetchException(Bad("lists no distribution (directory_url or rolie feeds)"));
            }

            return (directories, feeds);
        }
    }

    private static Uri OnOrigin(SupplierSyncRun run, Func<string, string> bad, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !run.IsOnPortalOrigin(uri))
        {
            throw new SupplierFetchException(bad($"points to {SupplierAlertBook.Clip(text, 200)}, which is not on the portal's origin ({run.Portal.Portal.GetLeftPart(UriPartial.Authority)})"));
        }

        return uri;
    }

    private async Task<List<Listed>> ListDirectoryAsync(Uri directory, CancellationToken cancellationToken)
    {
        // changes.csv (7.1.13) says when each document last changed, so unchanged ones are not read again.
        var changesUrl = new Uri(directory, "changes.csv");
        try
        {
            var csv = Encoding.UTF8.GetString(await client.GetAsync(changesUrl, MaxDocumentBytes, cancellationToken).ConfigureAwait(false));
            return ParseChanges(directory, changesUrl, csv);
        }
        catch (SupplierFetchException e) when (e.StatusCode == 404)
        {
            var indexUrl = new Uri(directory, "index.txt");
            var index = Encoding.UTF8.GetString(await client.GetAsync(indexUrl, MaxDocumentBytes, cancellationToken).ConfigureAwait(false));
            return index.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)
                .Select(line => new Listed(Resolve(directory, indexUrl, line), null)).ToList();
        }
    }

    private static List<Listed> ParseChanges(Uri directory, Uri url, string csv)
    {
        var result = new List<Listed>();
        var lineNumber = 0;
        foreach (var raw in csv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = CsvFields(line);
            if (fields.Count != 2 || !DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var changed))
            {
                throw new SupplierFetchException($"{url} line {lineNumber} is not \"path\",\"timestamp\".");
            }

            result.Add(new Listed(Resolve(directory, url, fields[0]), changed));
        }

        return result;
    }

    private static Uri Resolve(Uri directory, Uri listing, string path)
    {
        if (path.Length > 1000 || !Uri.TryCreate(directory, path, out var uri))
        {
            throw new SupplierFetchException($"{listing} lists '{SupplierAlertBook.Clip(path, 100)}', which is not a document path.");
        }

        return uri;
    }

    // RFC 4180 fields: quoted (with "" for a quote) or bare.
    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static List<Listed> ListRolie(Uri url, byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            var result = new List<Listed>();
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("feed", out var feed) && feed.ValueKind == JsonValueKind.Object
                && feed.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    if (entry.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
                        && content.TryGetProperty("src", out var src) && src.ValueKind == JsonValueKind.String
                        && Uri.TryCreate(url, src.GetString(), out var document))
                    {
                        DateTimeOffset? updated = entry.TryGetProperty("updated", out var u) && u.ValueKind == JsonValueKind.String
                            && DateTimeOffset.TryParse(u.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? when : null;
                        result.Add(new Listed(document, updated));
                    }
                }
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new SupplierFetchException($"The ROLIE feed {url} is not valid JSON.", e);
        }
    }

    private static string BoundedVersion(string version) => version.Length <= 100 ? version : version[..100];

    private static long Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static string Describe(SupplierProduct product) => product.VersionInUse is { } v ? $"{product.Name} {v}" : product.Name;

    /// <summary>The highest severity the document states: CVSS base severities (v3), v2 base scores, impact threats, the aggregate severity.</summary>
    private static string? Severity(CsafDocument document)
    {
        var found = new List<string?>();
        foreach (var vulnerability in document.Vulnerabilities ?? [])
        {
            foreach (var score in vulnerability.Scores ?? [])
            {
                found.Add(Word(score.CvssV3?.BaseSeverity));
                if (score.CvssV2 is { BaseScore: { } v2 })
                {
                    found.Add(v2 switch { >= 7.0 => "high", >= 4.0 => "medium", > 0 => "low", _ => "none" });
                }
            }

            found.AddRange((vulnerability.Threats ?? []).Where(t => t.Category == "impact").Select(t => Word(t.Details)));
        }

        found.Add(Word(document.Document.AggregateSeverity?.Text));
        return found.OfType<string>().MaxBy(s => Array.IndexOf(SeverityOrder, s));
    }

    // Vendors' words as well as CVSS's: Red Hat's "Important" and "Moderate" are high and medium.
    private static string? Word(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "critical" => "critical",
        "high" or "important" => "high",
        "medium" or "moderate" => "medium",
        "low" => "low",
        "none" => "none",
        _ => null,
    };

    private static string? Cves(CsafDocument document)
    {
        var cves = (document.Vulnerabilities ?? []).Select(v => v.Cve?.Trim()).OfType<string>().Where(c => c.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return cves.Count == 0 ? null : SupplierAlertBook.Clip(string.Join(',', cves), 4000);
    }
}
