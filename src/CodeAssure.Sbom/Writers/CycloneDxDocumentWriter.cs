using System.Text.Encodings.Web;
using System.Text.Json;
using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Writers;

/// <summary>
/// Writes a normalised <see cref="SbomDocument"/> (read from any format, merged, …) as CycloneDX 1.6 JSON that
/// validates against the official schema: values the schema would reject (unknown component types, scopes and
/// hash algorithms) are mapped to the nearest allowed value or left out, never written invalid.
/// </summary>
public static class CycloneDxDocumentWriter
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "application", "framework", "library", "container", "platform", "operating-system", "device", "device-driver",
        "firmware", "file", "machine-learning-model", "data", "cryptographic-asset",
    };

    private static readonly Dictionary<string, string> Algorithms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MD5"] = "MD5", ["SHA1"] = "SHA-1", ["SHA-1"] = "SHA-1", ["SHA256"] = "SHA-256", ["SHA-256"] = "SHA-256",
        ["SHA384"] = "SHA-384", ["SHA-384"] = "SHA-384", ["SHA512"] = "SHA-512", ["SHA-512"] = "SHA-512",
        ["SHA3-256"] = "SHA3-256", ["SHA3-384"] = "SHA3-384", ["SHA3-512"] = "SHA3-512",
        ["BLAKE2b-256"] = "BLAKE2b-256", ["BLAKE2b-384"] = "BLAKE2b-384", ["BLAKE2b-512"] = "BLAKE2b-512", ["BLAKE3"] = "BLAKE3",
    };

    /// <summary>Writes the document as indented UTF-8 JSON.</summary>
    public static void Write(Stream stream, SbomDocument sbom, SbomDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(sbom);
        ArgumentNullException.ThrowIfNull(info);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{info.SerialNumber}");
        json.WriteNumber("version", 1);
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", sbom.Metadata.Timestamp is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : info.CreatedText);
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", info.ToolName);
        json.WriteString("version", info.ToolVersion);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        if (sbom.Metadata.Component is { } subject)
        {
            json.WritePropertyName("component");
            WriteComponent(json, subject);
        }

        json.WriteEndObject();

        json.WriteStartArray("components");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in sbom.Components)
        {
            // bom-refs must be unique; a repeated one is written without its bom-ref rather than invalid.
            WriteComponent(json, component.BomRef is { } r && !written.Add(r) ? component with { BomRef = null } : component);
        }

        json.WriteEndArray();

        var known = new HashSet<string>(written, StringComparer.Ordinal);
        if (sbom.Metadata.Component?.BomRef is { } root)
        {
            known.Add(root);
        }

        json.WriteStartArray("dependencies");
        foreach (var dependency in sbom.Dependencies.Where(d => known.Contains(d.Ref)).DistinctBy(d => d.Ref))
        {
            json.WriteStartObject();
            json.WriteString("ref", dependency.Ref);
            json.WriteStartArray("dependsOn");
            foreach (var target in dependency.DependsOn.Where(known.Contains).Distinct(StringComparer.Ordinal))
            {
                json.WriteStringValue(target);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, SbomComponent c)
    {
        json.WriteStartObject();
        json.WriteString("type", c.Type is { } type && Types.Contains(type) ? type : "library");
        if (c.BomRef is { } bomRef)
        {
            json.WriteString("bom-ref", bomRef);
        }

        if (c.Supplier is { Length: > 0 } supplier)
        {
            json.WriteStartObject("supplier");
            json.WriteString("name", supplier);
            json.WriteEndObject();
        }

        if (c.Group is { Length: > 0 } group)
        {
            json.WriteString("group", group);
        }

        json.WriteString("name", c.Name);
        if (c.Version is { Length: > 0 } version)
        {
            json.WriteString("version", version);
        }

        if (c.Scope is "required" or "optional" or "excluded")
        {
            json.WriteString("scope", c.Scope);
        }

        var hashes = c.Hashes.Where(h => Algorithms.ContainsKey(h.Algorithm)).ToList();
        if (hashes.Count > 0)
        {
            json.WriteStartArray("hashes");
            foreach (var hash in hashes)
            {
                json.WriteStartObject();
                json.WriteString("alg", Algorithms[hash.Algorithm]);
                json.WriteString("content", hash.Value.ToLowerInvariant());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteLicenses(json, c.Licenses);
        if (c.Cpe is { Length: > 0 } cpe)
        {
            json.WriteString("cpe", cpe);
        }

        if (c.Purl is { Length: > 0 } purl)
        {
            json.WriteString("purl", purl);
        }

        json.WriteEndObject();
    }

    // CycloneDX takes either named/identified licences or exactly one SPDX expression; names are always valid.
    private static void WriteLicenses(Utf8JsonWriter json, IReadOnlyList<string> licenses)
    {
        var real = licenses.Where(l => l is { Length: > 0 } && l is not ("NOASSERTION" or "NONE")).Distinct(StringComparer.Ordinal).ToList();
        if (real.Count == 0)
        {
            return;
        }

        json.WriteStartArray("licenses");
        if (real.Count == 1 && (real[0].Contains(" AND ", StringComparison.Ordinal) || real[0].Contains(" OR ", StringComparison.Ordinal) || real[0].Contains(" WITH ", StringComparison.Ordinal)))
        {
            json.WriteStartObject();
            json.WriteString("expression", real[0]);
            json.WriteEndObject();
        }
        else
        {
            foreach (var license in real)
            {
                json.WriteStartObject();
                json.WriteStartObject("license");
                json.WriteString("name", license);
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }
}
