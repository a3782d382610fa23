using System.Text.Json;

namespace CodeAssure.Checks.Support;

/// <summary>
/// A support-lifecycle.json file (docs/support-lifecycle.schema.json): the product and, per version, its release
/// date, end of support (null while not yet announced) and, optionally, when that end was announced. Dates are ISO
/// 8601 calendar dates. Read once, validated on construction.
/// </summary>
public sealed class SupportLifecycle
{
    /// <summary>The file's conventional name.</summary>
    public const string FileName = "support-lifecycle.json";

    private SupportLifecycle(string product, IReadOnlyList<SupportedVersion> versions)
    {
        Product = product;
        Versions = versions;
    }

    /// <summary>The product's name.</summary>
    public string Product { get; }

    /// <summary>Each version or version line.</summary>
    public IReadOnlyList<SupportedVersion> Versions { get; }

    /// <summary>Reads the file's text; throws <see cref="SupportLifecycleException"/> naming the line and what is wrong.</summary>
    public static SupportLifecycle Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new SupportLifecycleException($"not valid JSON: {e.Message}", (e.LineNumber ?? -1) + 1);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SupportLifecycleException("the top level must be an object with 'product' and 'versions'", 1);
            }

            var product = root.TryGetProperty("product", out var p) && p.ValueKind == JsonValueKind.String && p.GetString()!.Trim().Length > 0
                ? p.GetString()!.Trim()
                : throw new SupportLifecycleException("'product' must be a non-empty string", LineOf(json, "\"product\""));
            if (!root.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
            {
                throw new SupportLifecycleException("'versions' must be an array", LineOf(json, "\"versions\""));
            }

            var list = new List<SupportedVersion>();
            var index = 0;
            foreach (var v in versions.EnumerateArray())
            {
                var where = $"versions[{index}]";
                if (v.ValueKind != JsonValueKind.Object)
                {
                    throw new SupportLifecycleException($"{where} must be an object", LineOf(json, "\"versions\""));
                }

                var version = v.TryGetProperty("version", out var vv) && vv.ValueKind == JsonValueKind.String && vv.GetString()!.Trim().Length > 0
                    ? vv.GetString()!.Trim()
                    : throw new SupportLifecycleException($"{where}.version must be a non-empty string", LineOf(json, "\"versions\""));
                var line = LineOf(json, $"\"{version}\"");
                var released = Date(v, "released", where, line);
                var end = Date(v, "endOfSupport", where, line);
                var announced = Date(v, "announced", where, line);
                if (released is { } r && end is { } e && e < r)
                {
                    throw new SupportLifecycleException($"{where} ({version}): endOfSupport {e:yyyy-MM-dd} is before released {r:yyyy-MM-dd}", line);
                }

                if (announced is { } a && end is { } e2 && a > e2)
                {
                    throw new SupportLifecycleException($"{where} ({version}): announced {a:yyyy-MM-dd} is after endOfSupport {e2:yyyy-MM-dd}", line);
                }

                list.Add(new SupportedVersion(version, released, end, announced, (int)line));
                index++;
            }

            return new SupportLifecycle(product, list);
        }
    }

    private static DateOnly? Date(JsonElement version, string name, string where, long line)
    {
        if (!version.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && EnglishDates.ParseIso(value.GetString()!) is { } date
            ? date
            : throw new SupportLifecycleException($"{where}.{name} must be an ISO 8601 date (YYYY-MM-DD) or null, not {value.GetRawText()}", line);
    }

    // The first line holding the text (1-based), or 1: good enough to point a reader at the entry.
    private static long LineOf(string json, string text)
    {
        var i = json.IndexOf(text, StringComparison.Ordinal);
        return i < 0 ? 1 : 1 + json.AsSpan(0, i).Count('\n');
    }
}
