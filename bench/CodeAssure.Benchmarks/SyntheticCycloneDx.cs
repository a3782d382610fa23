using System.Globalization;
using System.Text.Json;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Writes a large CycloneDX 1.6 JSON SBOM whose components are shaped like cdxgen's output for npm (hashes, licence
/// with its properties, purl, external references, properties, evidence) and a dependency graph: the shape real
/// SBOMs of that size have, fields CodeAssure reads and fields it skips alike. With <c>minimal</c> set, components carry
/// only the fields CodeAssure reads: the worst case against a bare parse, since nothing is skipped.
/// </summary>
internal static class SyntheticCycloneDx
{
    public static void Write(Stream stream, int components, bool minimal = false, int seed = 7)
    {
        var random = new Random(seed);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{Guid.NewGuid()}");
        json.WriteNumber("version", 1);
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", "2026-11-23T12:00:00Z");
        json.WriteStartObject("component");
        json.WriteString("type", "application");
        json.WriteString("bom-ref", "root");
        json.WriteString("name", "big-app");
        json.WriteString("version", "1.0.0");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("components");
        var hash = new byte[64];
        var refs = new string[components];
        for (var i = 0; i < components; i++)
        {
            var name = $"package-{i}";
            var version = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 9)}.{random.Next(0, 30)}.{random.Next(0, 12)}");
            var purl = refs[i] = $"pkg:npm/{name}@{version}";
            var tarball = $"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz";
            json.WriteStartObject();
            if (minimal)
            {
                WriteMinimal(json, name, version, purl, random, hash);
                continue;
            }

            json.WriteString("group", "");
            json.WriteString("name", name);
            json.WriteString("version", version);
            json.WriteStartArray("hashes");
            random.NextBytes(hash);
            json.WriteStartObject();
            json.WriteString("alg", "SHA-512");
            json.WriteString("content", Convert.ToHexStringLower(hash));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteStartObject("license");
            json.WriteString("id", "MIT");
            json.WriteString("url", "https://opensource.org/licenses/MIT");
            json.WriteStartArray("properties");
            foreach (var (key, value) in new[] { ("cdx:license:category", "Permissive"), ("cdx:license:foss", "true"), ("cdx:license:osiApproved", "true") })
            {
                json.WriteStartObject();
                json.WriteString("name", key);
                json.WriteString("value", value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("purl", purl);
            json.WriteStartArray("externalReferences");
            json.WriteStartObject();
            json.WriteString("type", "distribution");
            json.WriteString("url", tarball);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("type", "library");
            json.WriteString("bom-ref", purl);
            json.WriteString("scope", "required");
            json.WriteStartArray("properties");
            foreach (var (key, value) in new[] { ("SrcFile", "package-lock.json"), ("ResolvedUrl", tarball), ("LocalNodeModulesPath", $"node_modules/{name}") })
            {
                json.WriteStartObject();
                json.WriteString("name", key);
                json.WriteString("value", value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("evidence");
            json.WriteStartArray("identity");
            json.WriteStartObject();
            json.WriteString("field", "purl");
            json.WriteNumber("confidence", 1);
            json.WriteStartArray("methods");
            json.WriteStartObject();
            json.WriteString("technique", "manifest-analysis");
            json.WriteNumber("confidence", 1);
            json.WriteString("value", "package-lock.json");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dependencies");
        for (var i = 0; i < components; i++)
        {
            json.WriteStartObject();
            json.WriteString("ref", refs[i]);
            json.WriteStartArray("dependsOn");
            for (var d = 1; d <= 2 && i + d < components; d++)
            {
                json.WriteStringValue(refs[i + d]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMinimal(Utf8JsonWriter json, string name, string version, string purl, Random random, byte[] hash)
    {
        json.WriteString("type", "library");
        json.WriteString("bom-ref", purl);
        json.WriteString("name", name);
        json.WriteString("version", version);
        json.WriteString("purl", purl);
        json.WriteString("scope", "required");
        json.WriteStartArray("hashes");
        random.NextBytes(hash);
        json.WriteStartObject();
        json.WriteString("alg", "SHA-512");
        json.WriteString("content", Convert.ToHexStringLower(hash));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("licenses");
        json.WriteStartObject();
        json.WriteStartObject("license");
        json.WriteString("id", "MIT");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
