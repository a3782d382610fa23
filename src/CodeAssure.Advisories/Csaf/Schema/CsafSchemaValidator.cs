using System.Text.Json;
using CodeAssure.Sbom.Validation;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Advisories.Csaf.Schema;

/// <summary>
/// Validates documents against the official CSAF 2.0 JSON schema and CVSS objects against FIRST's CVSS schemas, all
/// embedded in this assembly (never fetched). The CSAF schema is draft 2020-12 but uses only keywords whose meaning
/// is unchanged from draft-07 ($defs, $ref without siblings that matter, type, enum, pattern, items …), so the
/// project's draft-07 evaluator applies.
/// </summary>
public sealed class CsafSchemaValidator
{
    /// <summary>The file name of the CSAF 2.0 schema.</summary>
    public const string CsafSchema = "csaf_json_schema.json";

    private const string CsafSchemaId = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";
    private const string ResourcePrefix = "CodeAssure.Advisories.Csaf.Schema.";
    private static readonly string[] SchemaFiles = [CsafSchema, "cvss-v2.0.json", "cvss-v3.0.json", "cvss-v3.1.json"];
    private readonly JsonSchemaSet schemas = Load();

    /// <summary>Every way the document breaks the CSAF 2.0 schema, each with its JSON pointer.</summary>
    public IReadOnlyList<ValidationProblem> Validate(JsonElement document) => schemas.Validate(document, CsafSchema);

    /// <summary>The JSON pointers of members the CSAF schema (or a CVSS schema it refers to) does not define.</summary>
    public IReadOnlyList<string> AdditionalProperties(JsonElement document)
    {
        if (!schemas.TryResolve(CsafSchemaId, new Uri(CsafSchemaId), out var schema, out var baseUri))
        {
            throw new InvalidOperationException("the embedded CSAF schema cannot be resolved");
        }

        return new AdditionalPropertyFinder(schemas).Find(document, schema, baseUri);
    }

    /// <summary>Every way a CVSS object breaks FIRST's schema for its version (<c>2.0</c>, <c>3.0</c> or <c>3.1</c>).</summary>
    public IReadOnlyList<ValidationProblem> ValidateCvss(JsonElement cvss, string version) => version switch
    {
        "2.0" or "3.0" or "3.1" => schemas.Validate(cvss, $"cvss-v{version}.json"),
        _ => [new ValidationProblem("/version", $"'{version}' is not a CVSS version this schema set covers (2.0, 3.0, 3.1)")],
    };

    private static JsonSchemaSet Load()
    {
        var set = new JsonSchemaSet();
        foreach (var file in SchemaFiles)
        {
            using var stream = typeof(CsafSchemaValidator).Assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new InvalidOperationException($"embedded schema '{file}' is missing from the assembly");
            using var reader = new StreamReader(stream);
            set.Add(file, reader.ReadToEnd());
        }

        return set;
    }
}
