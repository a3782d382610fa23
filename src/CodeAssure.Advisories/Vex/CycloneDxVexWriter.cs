using System.Globalization;
using System.Text;
using System.Text.Json;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Advisories.Vex;

/// <summary>
/// Writes a CycloneDX 1.6 JSON VEX document for one release: the release as <c>metadata.component</c>, the vulnerable
/// components as <c>components</c>, and one <c>vulnerabilities</c> entry per statement whose <c>affects</c> names the
/// component (or the release when no component is known) and whose <c>analysis</c> carries the triage state.
/// </summary>
public static class CycloneDxVexWriter
{
    private const string ReleaseRef = "release";

    /// <summary>Writes the document as indented UTF-8 JSON text.</summary>
    public static string Write(ReleaseVexContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var components = content.Entries
            .Select(e => e.State.ComponentPurl)
            .Where(p => PackageUrl.TryParse(p, out _))
            .Select(p => p!)
            .Distinct(StringComparer.Ordinal)
            .Where(p => p != ReleaseRef)
            .ToList();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("bomFormat", "CycloneDX");
            json.WriteString("specVersion", "1.6");
            json.WriteString("serialNumber", "urn:uuid:" + content.SerialNumber.ToString("D"));
            json.WriteNumber("version", Math.Max(1, content.DocumentVersion));
            json.WriteStartObject("metadata");
            json.WriteString("timestamp", content.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("tools");
            json.WriteStartObject();
            json.WriteString("name", "CodeAssure");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("component");
            json.WriteString("type", "application");
            json.WriteString("bom-ref", ReleaseRef);
            json.WriteString("name", content.ProductName);
            json.WriteString("version", content.Version);
            if (PackageUrl.TryParse(content.ProductId, out _))
            {
                json.WriteString("purl", content.ProductId);
            }

            json.WriteEndObject();
            json.WriteStartObject("supplier");
            json.WriteString("name", content.Author);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("components");
            foreach (var purl in components)
            {
                var parsed = PackageUrl.Parse(purl);
                json.WriteStartObject();
                json.WriteString("type", "library");
                json.WriteString("bom-ref", purl);
                if (parsed.Namespace is { Length: > 0 } group)
                {
                    json.WriteString("group", group);
                }

                json.WriteString("name", parsed.Name);
                if (parsed.Version is { Length: > 0 } version)
                {
                    json.WriteString("version", version);
                }

                json.WriteString("purl", purl);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("vulnerabilities");
            foreach (var entry in content.Entries)
            {
                WriteVulnerability(json, entry, components.Contains(entry.State.ComponentPurl ?? "", StringComparer.Ordinal) ? entry.State.ComponentPurl! : ReleaseRef);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The CycloneDX <c>analysis.state</c> of <paramref name="status"/>.</summary>
    public static string StateName(VexStatus status) => status switch
    {
        VexStatus.Affected => "exploitable",
        VexStatus.NotAffected => "not_affected",
        VexStatus.Fixed => "resolved",
        _ => "in_triage",
    };

    private static void WriteVulnerability(Utf8JsonWriter json, VexEntry entry, string affectsRef)
    {
        var state = entry.State;
        json.WriteStartObject();
        json.WriteString("id", entry.VulnerabilityId);
        json.WriteStartObject("source");
        json.WriteString("name", SourceOf(entry.VulnerabilityId));
        json.WriteEndObject();
        var aliases = entry.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && !string.Equals(a, entry.VulnerabilityId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (aliases.Count > 0)
        {
            json.WriteStartArray("references");
            foreach (var alias in aliases)
            {
                json.WriteStartObject();
                json.WriteString("id", alias);
                json.WriteStartObject("source");
                json.WriteString("name", SourceOf(alias));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (CvssVector.TryParse(entry.CvssVector?.Trim(), out var vector))
        {
            json.WriteStartArray("ratings");
            json.WriteStartObject();
            json.WriteNumber("score", vector.Score);
            json.WriteString("severity", vector.Severity.ToString().ToLowerInvariant());
            json.WriteString("method", vector.Version switch
            {
                CvssVersion.Cvss20 => "CVSSv2",
                CvssVersion.Cvss30 => "CVSSv3",
                CvssVersion.Cvss31 => "CVSSv31",
                _ => "CVSSv4",
            });
            json.WriteString("vector", vector.VectorString);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        var cwes = entry.Cwes
            .Select(c => c.Trim())
            .Where(c => c.StartsWith("CWE-", StringComparison.OrdinalIgnoreCase))
            .Select(c => int.TryParse(c.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0)
            .Distinct()
            .ToList();
        if (cwes.Count > 0)
        {
            json.WriteStartArray("cwes");
            cwes.ForEach(json.WriteNumberValue);
            json.WriteEndArray();
        }

        if (!string.IsNullOrWhiteSpace(entry.Description))
        {
            json.WriteString("description", entry.Description);
        }

        json.WriteStartObject("analysis");
        json.WriteString("state", StateName(state.Status));
        if (state.Status == VexStatus.NotAffected && state.Justification is { } justification)
        {
            json.WriteString("justification", justification.ToCycloneDx());
        }

        if (state.Status == VexStatus.Affected)
        {
            json.WriteStartArray("response");
            json.WriteStringValue(string.IsNullOrWhiteSpace(state.FixedVersion) ? string.IsNullOrWhiteSpace(state.Statement) ? "can_not_fix" : "workaround_available" : "update");
            json.WriteEndArray();
        }

        var detail = Detail(state);
        if (detail is not null)
        {
            json.WriteString("detail", detail);
        }

        json.WriteEndObject();
        json.WriteStartArray("affects");
        json.WriteStartObject();
        json.WriteString("ref", affectsRef);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? Detail(ProductVulnerabilityState state)
    {
        var statement = string.IsNullOrWhiteSpace(state.Statement) ? null : state.Statement.Trim();
        if (!string.IsNullOrWhiteSpace(state.FixedVersion) && state.Status is VexStatus.Affected)
        {
            return $"Update to version {state.FixedVersion.Trim()} or later." + (statement is null ? "" : " " + statement);
        }

        return statement ?? (state.Status == VexStatus.NotAffected ? state.Justification?.Describe() : null);
    }

    private static string SourceOf(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? id[..dash].ToUpperInvariant() : "") switch
        {
            "CVE" => "NVD",
            "GHSA" => "GitHub",
            "" => "Vendor",
            _ => "OSV",
        };
    }
}
