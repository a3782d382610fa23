using System.Globalization;
using System.Text.Json;

namespace CodeAssure.Benchmarks;

/// <summary>Writes a large, realistic CycloneDX 1.6 JSON SBOM: components with purls, hashes, licences and a dependency graph.</summary>
internal static class SyntheticCycloneDx
{
    public static void Write(Stream stream, int components, int seed = 7)
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
        var hash = new byte[32];
        for (var i = 0; i < components; i++)
        {
            var name = $"package-{i}";
            var version = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 9)}.{random.Next(0, 30)}.{random.Next(0, 12)}");
            json.WriteStartObject();
            json.WriteString("type", "library");
            json.WriteString("bom-ref", $"pkg:npm/{name}@{version}");
            json.WriteString("name", name);
            json.WriteString("version", version);
            json.WriteString("scope", "required");
            json.WriteStartArray("hashes");
            random.NextBytes(hash);
            json.WriteStartObject();
            json.WriteString("alg", "SHA-256");
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
            json.WriteString("purl", $"pkg:npm/{name}@{version}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dependencies");
        for (var i = 0; i < components; i += 10)
        {
            json.WriteStartObject();
            json.WriteString("ref", $"root-{i}");
            json.WriteStartArray("dependsOn");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
