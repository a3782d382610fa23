using System.Text.Json;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Sbom.Tests.Validation;

public sealed class JsonSchemaEvaluatorTests
{
    private static IReadOnlyList<ValidationProblem> Check(string schema, string instance, params (string Name, string Json)[] siblings)
    {
        var set = new JsonSchemaSet();
        foreach (var (name, json) in siblings)
        {
            set.Add(name, json);
        }

        set.Add("test.schema.json", schema);
        using var document = JsonDocument.Parse(instance);
        return set.Validate(document.RootElement, "test.schema.json");
    }

    private static void Valid(string schema, string instance) => Assert.Empty(Check(schema, instance));

    private static ValidationProblem Invalid(string schema, string instance)
    {
        var problems = Check(schema, instance);
        Assert.NotEmpty(problems);
        return problems[0];
    }

    [Theory]
    [InlineData("""{"type":"string"}""", "\"x\"")]
    [InlineData("""{"type":"integer"}""", "3")]
    [InlineData("""{"type":"integer"}""", "3.0")]
    [InlineData("""{"type":["null","number"]}""", "null")]
    [InlineData("""{"enum":["a",1,{"b":[1,2]}]}""", """{"b":[1,2.0]}""")]
    [InlineData("""{"const":{"x":1,"y":2}}""", """{"y":2,"x":1}""")]
    [InlineData("""{"minLength":2,"maxLength":2}""", "\"😀😀\"")]
    [InlineData("""{"pattern":"^\\d+$"}""", "\"123\"")]
    [InlineData("""{"minimum":1,"exclusiveMaximum":2}""", "1.5")]
    [InlineData("""{"multipleOf":0.01}""", "19.99")]
    [InlineData("""{"items":[{"type":"string"},{"type":"number"}],"additionalItems":false}""", """["a",1]""")]
    [InlineData("""{"contains":{"const":3}}""", "[1,2,3]")]
    [InlineData("""{"uniqueItems":true}""", """[1,"1",{"a":1},{"a":2}]""")]
    [InlineData("""{"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false}""", """{"x-a":"b"}""")]
    [InlineData("""{"propertyNames":{"maxLength":3}}""", """{"abc":1}""")]
    [InlineData("""{"dependencies":{"a":["b"]}}""", """{"a":1,"b":2}""")]
    [InlineData("""{"oneOf":[{"type":"string"},{"type":"number"}]}""", "1")]
    [InlineData("""{"not":{"type":"string"}}""", "1")]
    [InlineData("""{"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["a"]},"else":{"required":["b"]}}""", """{"k":"z","b":1}""")]
    [InlineData("""{"definitions":{"d":{"type":"boolean"}},"properties":{"p":{"$ref":"#/definitions/d"}}}""", """{"p":true}""")]
    [InlineData("""{"format":"date-time"}""", "\"2024-02-29T23:59:60.5+01:00\"")]
    [InlineData("""{"format":"idn-email"}""", "\"jöhn@exämple.org\"")]
    [InlineData("""{"format":"iri-reference"}""", "\"../a/b?c=d#e\"")]
    public void Accepts_instances_that_satisfy_the_keyword(string schema, string instance) => Valid(schema, instance);

    [Theory]
    [InlineData("""{"type":"string"}""", "1", "must be of type string, not integer")]
    [InlineData("""{"type":"integer"}""", "1.5", "must be of type integer, not number")]
    [InlineData("""{"enum":["a","b"]}""", "\"c\"", "is not one of the allowed values")]
    [InlineData("""{"const":1}""", "2", "must be 1")]
    [InlineData("""{"minLength":3}""", "\"😀😀\"", "at least 3")]
    [InlineData("""{"pattern":"^[a-f0-9]{32}$"}""", "\"xyz\"", "does not match the pattern")]
    [InlineData("""{"exclusiveMinimum":0}""", "0", "must be greater than 0")]
    [InlineData("""{"maximum":10}""", "11", "greater than the maximum")]
    [InlineData("""{"multipleOf":3}""", "10", "not a multiple of 3")]
    [InlineData("""{"items":[{"type":"string"}],"additionalItems":false}""", """["a",1]""", "not allowed")]
    [InlineData("""{"minItems":1}""", "[]", "at least 1 item")]
    [InlineData("""{"uniqueItems":true}""", """[{"a":1},{"a":1.0}]""", "unique")]
    [InlineData("""{"contains":{"const":3}}""", "[1,2]", "contains")]
    [InlineData("""{"required":["name"]}""", "{}", "required property 'name' is missing")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"b":1}""", "property 'b' is not allowed")]
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"boolean"}]}""", "1", "anyOf")]
    [InlineData("""{"oneOf":[{"type":"number"},{"type":"integer"}]}""", "1", "exactly one")]
    [InlineData("""{"not":{"type":"number"}}""", "1", "must not match")]
    [InlineData("""{"if":{"required":["a"]},"then":{"required":["b"]}}""", """{"a":1}""", "'b' is missing")]
    [InlineData("""{"format":"date-time"}""", "\"2020-04-13\"", "RFC 3339")]
    [InlineData("""{"format":"date-time"}""", "\"2023-02-29T00:00:00Z\"", "RFC 3339")]
    [InlineData("""{"format":"idn-email"}""", "\"not an email\"", "e-mail")]
    [InlineData("""{"format":"iri-reference"}""", "\"http://exa mple.org\"", "IRI reference")]
    [InlineData("""{"format":"uri"}""", "\"relative/path\"", "absolute URI")]
    [InlineData("""{"dependencies":{"a":["b"]}}""", """{"a":1}""", "'b' is required when 'a' is present")]
    [InlineData("""false""", "1", "not allowed")]
    public void Rejects_instances_that_break_the_keyword(string schema, string instance, string expected) =>
        Assert.Contains(expected, Invalid(schema, instance).Message, StringComparison.Ordinal);

    [Fact]
    public void Reports_each_problem_at_the_instance_json_pointer()
    {
        var problems = Check(
            """{"properties":{"components":{"items":{"properties":{"a/b":{"type":"string"},"version":{"type":"string"}}}}}}""",
            """{"components":[{"version":"1"},{"a/b":1,"version":2}]}""");
        Assert.Equal(["/components/1/a~1b", "/components/1/version"], problems.Select(p => p.Location).ToArray());
    }

    [Fact]
    public void Follows_refs_into_sibling_schema_files_by_relative_name()
    {
        var sibling = ("other.schema.json", """{"$id":"http://example.org/schemas/other.schema.json","definitions":{"id":{"enum":["MIT"]}}}""");
        var schema = """{"$id":"http://example.org/schemas/test.schema.json","properties":{"license":{"$ref":"other.schema.json#/definitions/id"}}}""";
        Assert.Empty(Check(schema, """{"license":"MIT"}""", sibling));
        Assert.Contains("is not one of the allowed values", Check(schema, """{"license":"GPL"}""", sibling)[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_ref_that_cannot_be_resolved_instead_of_passing_silently()
    {
        var problem = Invalid("""{"$ref":"missing.schema.json#/definitions/x"}""", "1");
        Assert.Contains("not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_a_catastrophic_backtracking_pattern_and_reports_the_value()
    {
        // Either the match fails or the one-second match timeout stops it; both are reported, neither hangs.
        var problem = Invalid("""{"pattern":"^(\\w+\\s?)*$"}""", $"\"{new string('a', 5000)}!\"");
        Assert.Contains("pattern", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_loop_forever_on_a_self_referencing_schema()
    {
        var problem = Invalid("""{"allOf":[{"$ref":"#"}]}""", "1");
        Assert.Contains("too deeply", problem.Message, StringComparison.Ordinal);
    }
}
