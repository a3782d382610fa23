using System.Text.Json;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Validates a CycloneDX JSON BOM: against the official JSON schema of its <c>specVersion</c>, then the rules the
/// schema cannot express (unique bom-refs, dependency references that resolve, well-formed purls).
/// </summary>
internal sealed class CycloneDxJsonValidator(CycloneDxSchemas schemas, IPurlSyntax purlSyntax)
{
    /// <summary>Validates the parsed document; returns the spec version it claims (null when it claims none).</summary>
    public string? Validate(JsonElement root, List<ValidationProblem> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem("", "a CycloneDX BOM must be a JSON object"));
            return null;
        }

        string? version = null;
        if (!root.TryGetProperty("specVersion", out var specVersion))
        {
            problems.Add(new ValidationProblem("", "required property 'specVersion' is missing, so the schema version is unknown"));
        }
        else if (specVersion.ValueKind != JsonValueKind.String)
        {
            problems.Add(new ValidationProblem("/specVersion", $"must be a string such as \"1.6\", not {JsonSchemaEvaluator.Preview(specVersion)}"));
        }
        else
        {
            version = specVersion.GetString();
        }

        if (version is not null)
        {
            if (CycloneDxSchemas.Versions.Contains(version))
            {
                problems.AddRange(schemas.Json.Validate(root, $"bom-{version}.schema.json"));
            }
            else
            {
                var supported = string.Join(", ", CycloneDxSchemas.Versions);
                problems.Add(new ValidationProblem("/specVersion", $"CycloneDX {version} has no JSON schema (JSON exists for {supported})"));
            }
        }

        var references = new CycloneDxReferences();
        Collect(root, "", references, depth: 0);
        if (root.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var dependency in dependencies.EnumerateArray())
            {
                CollectDependency(dependency, JsonPointer.Append("/dependencies", index++), references);
            }
        }

        references.Check(purlSyntax, problems);
        return version;
    }

    private static void Collect(JsonElement element, string pointer, CycloneDxReferences references, int depth)
    {
        if (depth > 512)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, JsonPointer.Append(pointer, index++), references, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var child = JsonPointer.Append(pointer, property.Name);
            if (property.Value.ValueKind == JsonValueKind.String && property.Name == "bom-ref")
            {
                references.AddBomRef(property.Value.GetString()!, child);
            }
            else if (property.Value.ValueKind == JsonValueKind.String && property.Name == "purl")
            {
                references.AddPurl(property.Value.GetString()!, child);
            }
            else if (!(depth == 0 && property.Name == "dependencies"))
            {
                Collect(property.Value, child, references, depth + 1);
            }
        }
    }

    private static void CollectDependency(JsonElement dependency, string pointer, CycloneDxReferences references)
    {
        if (dependency.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (dependency.TryGetProperty("ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            references.AddDependencyRef(reference.GetString()!, JsonPointer.Append(pointer, "ref"));
        }

        foreach (var listName in new[] { "dependsOn", "provides" })
        {
            if (dependency.TryGetProperty(listName, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        references.AddDependencyRef(item.GetString()!, JsonPointer.Append(JsonPointer.Append(pointer, listName), index));
                    }

                    index++;
                }
            }
        }
    }
}
