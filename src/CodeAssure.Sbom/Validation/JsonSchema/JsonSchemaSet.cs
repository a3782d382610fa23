using System.Text.Json;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>
/// A set of JSON Schema (draft-07) documents that may <c>$ref</c> one another by <c>$id</c> or by file name, and the
/// validator that checks instances against them. Immutable once built; safe to share between threads.
/// </summary>
internal sealed class JsonSchemaSet
{
    private static readonly Uri DefaultBase = new("https://schemas.codeassure.invalid/");
    private readonly Dictionary<string, (JsonElement Schema, Uri Base)> byUri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> uriByFileName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The regular expressions of the schemas' <c>pattern</c> and <c>patternProperties</c>, compiled once.</summary>
    internal EcmaScriptRegex Patterns { get; } = new();

    /// <summary>Adds a schema document under its file name (and its <c>$id</c>, when it has one).</summary>
    public void Add(string fileName, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        var root = document.RootElement.Clone();
        var baseUri = new Uri(DefaultBase, fileName);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            && Uri.TryCreate(id.GetString(), UriKind.Absolute, out var absolute))
        {
            baseUri = WithoutFragment(absolute);
        }

        byUri[baseUri.AbsoluteUri] = (root, baseUri);
        uriByFileName[fileName] = baseUri.AbsoluteUri;
        RegisterEmbeddedIds(root, baseUri, depth: 0);
    }

    /// <summary>Validates an instance against the schema added as <paramref name="fileName"/>.</summary>
    public IReadOnlyList<ValidationProblem> Validate(JsonElement instance, string fileName)
    {
        if (!uriByFileName.TryGetValue(fileName, out var uri))
        {
            throw new InvalidOperationException($"schema '{fileName}' is not loaded");
        }

        var (schema, baseUri) = byUri[uri];
        var problems = new List<ValidationProblem>();
        new JsonSchemaEvaluator(this).Evaluate(instance, schema, baseUri, "", problems, 0);
        return problems;
    }

    /// <summary>Finds the schema a <c>$ref</c> points at, relative to the base URI in force where it appears.</summary>
    internal bool TryResolve(string reference, Uri baseUri, out JsonElement schema, out Uri newBase)
    {
        schema = default;
        newBase = baseUri;
        if (!Uri.TryCreate(baseUri, reference, out var target))
        {
            return false;
        }

        var documentUri = WithoutFragment(target).AbsoluteUri;
        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (!byUri.TryGetValue(documentUri, out var document))
        {
            // A sibling file named relative to a base we could not reproduce: fall back to its file name.
            var name = target.Segments.Length > 0 ? target.Segments[^1] : "";
            if (!uriByFileName.TryGetValue(name, out var byName) || !byUri.TryGetValue(byName, out document))
            {
                return false;
            }
        }

        newBase = document.Base;
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            // A plain-name fragment: an $id of the form "#name" somewhere in the document.
            return byUri.TryGetValue(document.Base.AbsoluteUri + "#" + fragment, out var named) && Assign(named, out schema, out newBase);
        }

        return JsonPointer.TryResolve(document.Schema, fragment, out schema);
    }

    private static bool Assign((JsonElement Schema, Uri Base) entry, out JsonElement schema, out Uri newBase)
    {
        schema = entry.Schema;
        newBase = entry.Base;
        return true;
    }

    private void RegisterEmbeddedIds(JsonElement element, Uri baseUri, int depth)
    {
        if (depth > 200)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                RegisterEmbeddedIds(item, baseUri, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (depth > 0 && element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            && Uri.TryCreate(baseUri, id.GetString(), out var resolved))
        {
            var raw = id.GetString()!;
            if (raw.StartsWith('#'))
            {
                // "#name" names this subschema; "#/json/pointer" ids (seen in CycloneDX 1.2/1.3) change nothing.
                if (raw.Length > 1 && raw[1] != '/')
                {
                    byUri.TryAdd(baseUri.AbsoluteUri + raw, (element, baseUri));
                }
            }
            else
            {
                baseUri = WithoutFragment(resolved);
                byUri.TryAdd(baseUri.AbsoluteUri, (element, baseUri));
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not ("enum" or "const" or "examples" or "default"))
            {
                RegisterEmbeddedIds(property.Value, baseUri, depth + 1);
            }
        }
    }

    internal static Uri WithoutFragment(Uri uri) =>
        uri.Fragment.Length == 0 && !uri.OriginalString.EndsWith('#') ? uri : new Uri(uri.GetLeftPart(UriPartial.Query));
}
