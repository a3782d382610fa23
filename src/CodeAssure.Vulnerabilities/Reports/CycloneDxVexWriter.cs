using System.Globalization;
using System.Text.Json;
using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Reports;

/// <summary>
/// Writes findings as a stand-alone CycloneDX 1.6 VEX document: the affected components (bom-ref = purl, so every
/// <c>affects</c> reference resolves inside the document) and one vulnerability per advisory and component,
/// with ratings, references to its aliases, a fix recommendation and the analysis state <c>in_triage</c> —
/// a scanner reports what matched; a person decides whether it is exploitable.
/// </summary>
public static class CycloneDxVexWriter
{
    /// <summary>Writes the VEX document.</summary>
    public static void Write(Stream output, IReadOnlyList<VulnerabilityFinding> findings, string toolVersion, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(time);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{Guid.NewGuid()}");
        json.WriteNumber("version", 1);
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "application");
        json.WriteString("name", "CodeAssure");
        json.WriteString("version", toolVersion.Split('+')[0]);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("components");
        foreach (var component in findings.DistinctBy(f => f.Purl, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("type", "library");
            json.WriteString("bom-ref", component.Purl);
            json.WriteString("name", component.Name);
            json.WriteString("version", component.Version);
            json.WriteString("purl", component.Purl);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("vulnerabilities");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("bom-ref", $"{finding.Ids[0]}|{finding.Purl}");
            json.WriteString("id", finding.Ids[0]);
            WriteSource(json, finding.Ids[0]);
            if (finding.Ids.Count > 1)
            {
                json.WriteStartArray("references");
                foreach (var alias in finding.Ids.Skip(1))
                {
                    json.WriteStartObject();
                    json.WriteString("id", alias);
                    WriteSource(json, alias);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("ratings");
            json.WriteStartObject();
            if (finding.Cvss is not null)
            {
                json.WriteNumber("score", finding.Cvss.Score);
            }

            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            if (finding.Cvss is not null)
            {
                json.WriteString("method", finding.Cvss.Version switch
                {
                    "2.0" => "CVSSv2",
                    "3.0" => "CVSSv3",
                    "3.1" => "CVSSv31",
                    "4.0" => "CVSSv4",
                    _ => "other",
                });
                json.WriteString("vector", finding.Cvss.Vector);
            }

            json.WriteEndObject();
            json.WriteEndArray();
            if (finding.Summary is not null)
            {
                json.WriteString("description", finding.Summary);
            }

            if (finding.FixedIn is not null)
            {
                json.WriteString("recommendation", $"Upgrade {finding.Name} to {finding.FixedIn} or later.");
            }

            json.WriteStartObject("analysis");
            json.WriteString("state", "in_triage");
            json.WriteEndObject();
            json.WriteStartArray("affects");
            json.WriteStartObject();
            json.WriteString("ref", finding.Purl);
            json.WriteStartArray("versions");
            json.WriteStartObject();
            json.WriteString("version", finding.Version);
            json.WriteString("status", "affected");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Names the database an id comes from, by its prefix, so customers know where to read more.
    private static void WriteSource(Utf8JsonWriter json, string id)
    {
        var (name, url) = id switch
        {
            _ when id.StartsWith("CVE-", StringComparison.Ordinal) => ("NVD", $"https://nvd.nist.gov/vuln/detail/{id}"),
            _ when id.StartsWith("GHSA-", StringComparison.Ordinal) => ("GitHub", $"https://github.com/advisories/{id}"),
            _ => ("OSV", $"https://osv.dev/vulnerability/{Uri.EscapeDataString(id)}"),
        };
        json.WriteStartObject("source");
        json.WriteString("name", name);
        json.WriteString("url", url);
        json.WriteEndObject();
    }
}
