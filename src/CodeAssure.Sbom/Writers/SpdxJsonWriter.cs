using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Writers;

/// <summary>
/// Writes a <see cref="PackageGraph"/> as an SPDX 2.3 JSON document: the scanned folder as the described package,
/// one package per dependency (purl as a PACKAGE-MANAGER external reference, checksums, NOASSERTION download
/// location) and DESCRIBES / DEPENDS_ON relationships. SPDX ids are derived from the purl, so they are stable.
/// </summary>
public static class SpdxJsonWriter
{
    private const string RootId = "SPDXRef-Project";

    /// <summary>The SPDX id of a package: a readable prefix and a hash of its purl, so ids are unique and stable.</summary>
    public static string SpdxIdOf(DiscoveredPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var readable = new StringBuilder();
        foreach (var c in $"{package.Ecosystem}-{package.Name}-{package.Version}")
        {
            readable.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-');
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(package.Purl)))[..10];
        return $"SPDXRef-Package-{readable}-{digest}";
    }

    /// <summary>Writes the document to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    public static void Write(Stream stream, PackageGraph graph, SbomDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(info);
        var ids = graph.Packages.ToDictionary(p => p.Purl, SpdxIdOf, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("spdxVersion", "SPDX-2.3");
        json.WriteString("dataLicense", "CC0-1.0");
        json.WriteString("SPDXID", "SPDXRef-DOCUMENT");
        json.WriteString("name", graph.RootName);
        json.WriteString("documentNamespace", $"urn:uuid:{info.SerialNumber:D}");
        json.WriteStartObject("creationInfo");
        json.WriteString("created", info.CreatedText);
        json.WriteStartArray("creators");
        json.WriteStringValue($"Tool: {info.ToolName}-{info.ToolVersion}");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("documentDescribes");
        json.WriteStringValue(RootId);
        json.WriteEndArray();

        json.WriteStartArray("packages");
        json.WriteStartObject();
        json.WriteString("name", graph.RootName);
        json.WriteString("SPDXID", RootId);
        json.WriteString("downloadLocation", "NOASSERTION");
        json.WriteBoolean("filesAnalyzed", false);
        json.WriteString("primaryPackagePurpose", "APPLICATION");
        json.WriteEndObject();
        foreach (var package in graph.Packages)
        {
            WritePackage(json, package, ids[package.Purl]);
        }

        json.WriteEndArray();

        json.WriteStartArray("relationships");
        WriteRelationship(json, "SPDXRef-DOCUMENT", "DESCRIBES", RootId);
        foreach (var direct in graph.DirectDependencies)
        {
            WriteRelationship(json, RootId, "DEPENDS_ON", ids[direct]);
        }

        foreach (var package in graph.Packages)
        {
            foreach (var target in package.DependsOn)
            {
                WriteRelationship(json, ids[package.Purl], "DEPENDS_ON", ids[target]);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePackage(Utf8JsonWriter json, DiscoveredPackage package, string id)
    {
        json.WriteStartObject();
        json.WriteString("name", package.DisplayName);
        json.WriteString("SPDXID", id);
        json.WriteString("versionInfo", package.Version);
        json.WriteString("downloadLocation", "NOASSERTION");
        json.WriteBoolean("filesAnalyzed", false);
        if (package.Hashes.Count > 0)
        {
            json.WriteStartArray("checksums");
            foreach (var hash in package.Hashes)
            {
                json.WriteStartObject();
                json.WriteString("algorithm", hash.SpdxAlgorithm);
                json.WriteString("checksumValue", hash.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("externalRefs");
        json.WriteStartObject();
        json.WriteString("referenceCategory", "PACKAGE-MANAGER");
        json.WriteString("referenceType", "purl");
        json.WriteString("referenceLocator", package.Purl);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("primaryPackagePurpose", "LIBRARY");
        json.WriteString("comment", $"{package.Relation.ToString().ToLowerInvariant()} {package.Scope.ToString().ToLowerInvariant()} dependency; from {string.Join(", ", package.SourceFiles)}");
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, string from, string type, string to)
    {
        json.WriteStartObject();
        json.WriteString("spdxElementId", from);
        json.WriteString("relationshipType", type);
        json.WriteString("relatedSpdxElement", to);
        json.WriteEndObject();
    }
}
