using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// The official CycloneDX schemas embedded in this assembly: JSON schemas 1.2–1.7 (with the SPDX licence list, JSF and
/// cryptography definitions they refer to) and XSDs 1.2–1.7 (with the SPDX XSD they import). Loaded on first use.
/// </summary>
internal sealed class CycloneDxSchemas
{
    /// <summary>The CycloneDX versions whose schemas are embedded, oldest first.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];

    private const string ResourcePrefix = "CodeAssure.Sbom.Validation.Schemas.";
    private readonly Lazy<JsonSchemaSet> json = new(LoadJsonSchemas);
    private readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> xml = new(StringComparer.Ordinal);

    /// <summary>All JSON schemas, each under its file name (e.g. <c>bom-1.6.schema.json</c>).</summary>
    public JsonSchemaSet Json => json.Value;

    /// <summary>The compiled XSD of one version (with spdx.xsd), resolved from resources only — never the network.</summary>
    public XmlSchemaSet XmlFor(string version) =>
        xml.GetOrAdd(version, v => new Lazy<XmlSchemaSet>(() => LoadXmlSchemas(v))).Value;

    /// <summary>The text of an embedded schema file.</summary>
    public static string ReadText(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Stream Open(string fileName) =>
        typeof(CycloneDxSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new InvalidOperationException($"embedded schema '{fileName}' is missing from the assembly");

    private static JsonSchemaSet LoadJsonSchemas()
    {
        var set = new JsonSchemaSet();
        foreach (var name in new[] { "spdx.schema.json", "jsf-0.82.schema.json", "cryptography-defs.schema.json" })
        {
            set.Add(name, ReadText(name));
        }

        foreach (var version in Versions)
        {
            set.Add($"bom-{version}.schema.json", ReadText($"bom-{version}.schema.json"));
        }

        return set;
    }

    private static XmlSchemaSet LoadXmlSchemas(string version)
    {
        // No resolver: the bom XSD's <xs:import> of the SPDX namespace is satisfied by adding spdx.xsd ourselves.
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(ReadSchema("spdx.xsd"));
        set.Add(ReadSchema($"bom-{version}.xsd"));
        set.Compile();
        return set;
    }

    private static XmlSchema ReadSchema(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, (_, e) => throw new InvalidOperationException($"embedded schema '{fileName}' is invalid: {e.Message}"))
            ?? throw new InvalidOperationException($"embedded schema '{fileName}' could not be read");
    }
}
