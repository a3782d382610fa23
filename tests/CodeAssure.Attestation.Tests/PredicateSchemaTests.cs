using System.Text.Json;
using CodeAssure.TestSupport;

namespace CodeAssure.Attestation.Tests;

public sealed class PredicateSchemaTests
{
    [Fact]
    public void The_documented_schema_names_every_member_the_writer_emits_and_requires_what_it_always_writes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ConformanceData.RepositoryRoot, "docs", "attestation-predicate.schema.json")));
        var written = Samples.Predicate().ToJsonElement();
        var problems = new List<string>();

        Compare(schema.RootElement, written, "predicate", problems);

        Assert.Empty(problems);
    }

    private static void Compare(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                Compare(items, item, path + "[]", problems);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            if (properties.TryGetProperty(member.Name, out var child))
            {
                Compare(child, member.Value, $"{path}.{member.Name}", problems);
            }
            else
            {
                problems.Add($"{path}.{member.Name} is written but not in the schema");
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}.{r} is required but not written"));
        }
    }
}
