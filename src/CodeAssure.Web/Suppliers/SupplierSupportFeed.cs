using System.Globalization;
using System.Text.Json;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reads a supplier's <c>support.json</c> (docs/lifecycle.md, docs/support-lifecycle.schema.json): for each product
/// in use, the product by name and the version line that best covers the version in use, whose end of support and
/// current level are written to the register; alerts are raised 12, 6 and 3 months before the end and when it is
/// reached, once each (a moved date gives new keys).
/// </summary>
internal sealed class SupplierSupportFeed(SupplierPortalClient client)
{
    /// <summary>The largest support.json read.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The stages, in months before the end, and 0 for the end itself; only the nearest stage reached is raised.</summary>
    private static readonly int[] Stages = [0, 3, 6, 12];

    private sealed record Line(string Version, DateOnly? EndOfSupport, string? Level);

    /// <summary>Reads the document and updates the products in use (tracked; the caller saves).</summary>
    public async Task ReadAsync(SupplierSyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        Dictionary<string, List<Line>> portfolio;
        try
        {
            var url = run.Portal.SupportLifecycle;
            portfolio = Parse(url, await client.GetAsync(url, MaxBytes, cancellationToken).ConfigureAwait(false));
        }
        catch (SupplierFetchException e)
        {
            run.Problems.Add(e.Message);
            return;
        }

        var today = DateOnly.FromDateTime(run.Now.UtcDateTime);
        foreach (var product in run.Products)
        {
            var line = portfolio.TryGetValue(product.Name.Trim(), out var lines) ? Best(lines, product.VersionInUse) : null;
            product.EndOfSupport = line?.EndOfSupport;
            product.SupportLevel = line?.Level;
            product.SupportCheckedAt = run.Now;
            if (line?.EndOfSupport is { } end)
            {
                Alert(run, product, end, today);
            }
        }
    }

    private static void Alert(SupplierSyncRun run, SupplierProduct product, DateOnly end, DateOnly today)
    {
        // The nearest stage reached: a product first seen two months before its end gets the 3-month alert, not all three.
        int? stage = Stages.Where(months => today >= end.AddMonths(-months)).Select(m => (int?)m).FirstOrDefault();
        if (stage is not { } months)
        {
            return;
        }

        var day = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var what = $"{product.Name}{(product.VersionInUse is { } v ? " " + v : "")}";
        var title = months == 0
            ? $"{what}: support ended on {day}"
            : $"{what}: support ends on {day}, within {months} months";
        var detail = $"{run.Supplier.Name}'s support.json gives {day} as the end of support{(product.SupportLevel is { } level ? $"; the level today is {level}" : "")}. Plan an upgrade or a replacement.";
        run.Alerts.Raise(SupplierAlertKind.EndOfSupport, $"eos:{product.Id:D}:{day}:{months.ToString(CultureInfo.InvariantCulture)}", title, detail,
            run.Portal.SupportLifecycle.AbsoluteUri, product.Id);
    }

    private static Line? Best(List<Line> lines, string? versionInUse)
    {
        if (string.IsNullOrWhiteSpace(versionInUse))
        {
            // Without a version in use, only a product with a single line is unambiguous.
            return lines.Count == 1 ? lines[0] : null;
        }

        return lines.Select(l => (Line: l, Score: SupportVersionLine.Covers(l.Version, versionInUse)))
            .Where(x => x.Score > SupportVersionLine.None)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Line)
            .FirstOrDefault();
    }

    private static Dictionary<string, List<Line>> Parse(Uri url, byte[] bytes)
    {
        string Bad(string why) => $"{url} {why}.";
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            var root = json.RootElement;
            // A portfolio ({products: [...]}) as the server writes it, or a single product document.
            var products = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("products", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().ToList()
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("product", out _) ? [root] : throw new SupplierFetchException(Bad("is neither a support portfolio nor a product document"));
            var result = new Dictionary<string, List<Line>>(StringComparer.OrdinalIgnoreCase);
            foreach (var product in products.Where(x => x.ValueKind == JsonValueKind.Object))
            {
                var name = Text(product, "product")?.Trim();
                if (string.IsNullOrEmpty(name) || !product.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var lines = result.TryGetValue(name, out var existing) ? existing : result[name] = [];
                foreach (var version in versions.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object))
                {
                    var line = Text(version, "version");
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    DateOnly? end = Text(version, "endOfSupport") is { } e
                        ? DateOnly.TryParseExact(e, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new SupplierFetchException(Bad($"gives '{SupplierAlertBook.Clip(e, 40)}' as an end of support for {name} {line}, not a yyyy-MM-dd date"))
                        : null;
                    var level = Text(version, "level")?.Trim();
                    lines.Add(new Line(line.Trim(), end, level is { Length: > 0 and <= 40 } ? level : null));
                }
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new SupplierFetchException(Bad($"is not valid JSON (line {(e.LineNumber ?? 0) + 1})"), e);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
