using System.Text.Encodings.Web;
using System.Text.Json;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Writers;

/// <summary>
/// Writes a <see cref="PackageGraph"/> as a CycloneDX 1.6 or 1.7 JSON BOM: metadata (timestamp, the tool, the scanned
/// folder as the application component), one library component per package (bom-ref = purl) and the full
/// dependency graph from the application to its direct dependencies and on. Output is sorted, so the same graph
/// always gives the same document apart from serialNumber and timestamp.
/// </summary>
public static class CycloneDxJsonWriter
{
    /// <summary>The spec versions this writer produces.</summary>
    public static IReadOnlyList<string> SupportedSpecVersions { get; } = ["1.6", "1.7"];

    /// <summary>The bom-ref of the application component (the scanned folder).</summary>
    public static string RootReference(PackageGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return "project:" + graph.RootName;
    }

    /// <summary>Writes the BOM to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    public static void Write(Stream stream, PackageGraph graph, SbomDocumentInfo info, string specVersion = "1.6")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(info);
        if (!SupportedSpecVersions.Contains(specVersion))
        {
            throw new ArgumentException($"CycloneDX spec version must be one of {string.Join(", ", SupportedSpecVersions)}, not '{specVersion}'", nameof(specVersion));
        }

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var rootRef = RootReference(graph);
        json.WriteStartObject();
        json.WriteString("$schema", $"http://cyclonedx.org/schema/bom-{specVersion}.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", specVersion);
        json.WriteString("serialNumber", $"urn:uuid:{info.SerialNumber:D}");
        json.WriteNumber("version", 1);

        json.WriteStartObject("metadata");
        json.WriteString("timestamp", info.CreatedText);
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", info.ToolName);
        json.WriteString("version", info.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", rootRef);
        json.WriteString("name", graph.RootName);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("components");
        foreach (var package in graph.Packages)
        {
            WriteComponent(json, package);
        }

        json.WriteEndArray();

        json.WriteStartArray("dependencies");
        WriteDependency(json, rootRef, graph.DirectDependencies);
        foreach (var package in graph.Packages)
        {
            WriteDependency(json, package.Purl, package.DependsOn);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, DiscoveredPackage package)
    {
        json.WriteStartObject();
        json.WriteString("type", "library");
        json.WriteString("bom-ref", package.Purl);
        if (package.Namespace is not null)
        {
            json.WriteString("group", package.Namespace);
        }

        json.WriteString("name", package.Name);
        json.WriteString("version", package.Version);
        json.WriteString("scope", package.Scope switch
        {
            DependencyScope.Optional => "optional",
            DependencyScope.Dev => "excluded",
            _ => "required",
        });
        if (package.Hashes.Count > 0)
        {
            json.WriteStartArray("hashes");
            foreach (var hash in package.Hashes)
            {
                json.WriteStartObject();
                json.WriteString("alg", hash.Algorithm);
                json.WriteString("content", hash.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("purl", package.Purl);
        json.WriteStartArray("properties");
        WriteProperty(json, "codeassure:dependency", package.Relation.ToString().ToLowerInvariant());
        WriteProperty(json, "codeassure:scope", package.Scope.ToString().ToLowerInvariant());
        foreach (var source in package.SourceFiles)
        {
            WriteProperty(json, "codeassure:source-file", source);
        }

        foreach (var property in package.Properties)
        {
            WriteProperty(json, property.Name, property.Value);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("value", value);
        json.WriteEndObject();
    }

    private static void WriteDependency(Utf8JsonWriter json, string reference, IEnumerable<string> dependsOn)
    {
        json.WriteStartObject();
        json.WriteString("ref", reference);
        json.WriteStartArray("dependsOn");
        foreach (var target in dependsOn)
        {
            json.WriteStringValue(target);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
