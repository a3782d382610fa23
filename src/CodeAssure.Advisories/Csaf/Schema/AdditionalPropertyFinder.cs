using System.Text.Json;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Advisories.Csaf.Schema;

/// <summary>
/// Finds members the schema does not define (test 6.2.20): the instance is walked alongside the schema, and in every
/// object whose schema lists <c>properties</c> (and allows no others by pattern or additionalProperties) an unlisted
/// member is reported. This is what validating against the "strict" schema variant would report.
/// </summary>
internal sealed class AdditionalPropertyFinder(JsonSchemaSet schemas)
{
    private const int MaxDepth = 256;

    public List<string> Find(JsonElement instance, JsonElement schema, Uri baseUri)
    {
        var found = new List<string>();
        Walk(instance, schema, baseUri, "", found, 0);
        return found;
    }

    private void Walk(JsonElement instance, JsonElement schema, Uri baseUri, string path, List<string> found, int depth)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            if (schemas.TryResolve(reference.GetString()!, baseUri, out var target, out var targetBase))
            {
                Walk(instance, target, targetBase, path, found, depth + 1);
            }

            return;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives) && alternatives.ValueKind == JsonValueKind.Array)
            {
                // Follow the first alternative the instance matches; without a match the schema check already failed.
                var evaluator = new JsonSchemaEvaluator(schemas);
                foreach (var alternative in alternatives.EnumerateArray())
                {
                    if (evaluator.Evaluate(instance, alternative, baseUri, path, null, 0))
                    {
                        Walk(instance, alternative, baseUri, path, found, depth + 1);
                        break;
                    }
                }
            }
        }

        if (schema.TryGetProperty("allOf", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in all.EnumerateArray())
            {
                Walk(instance, part, baseUri, path, found, depth + 1);
            }
        }

        if (instance.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var open = schema.TryGetProperty("patternProperties", out _)
                || (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False);
            foreach (var member in instance.EnumerateObject())
            {
                var memberPath = JsonPointer.Append(path, member.Name);
                if (properties.TryGetProperty(member.Name, out var memberSchema))
                {
                    Walk(member.Value, memberSchema, baseUri, memberPath, found, depth + 1);
                }
                else if (!open)
                {
                    found.Add(memberPath);
                }
            }
        }

        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            var i = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Walk(item, items, baseUri, JsonPointer.Append(path, i++), found, depth + 1);
            }
        }
    }
}
