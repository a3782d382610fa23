using System.Globalization;
using System.Text.Json;
using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Reports;

/// <summary>
/// Writes findings as SARIF 2.1.0, one rule per vulnerability and one result per affected component, so code
/// hosts (e.g. GitHub code scanning) show them. Severity goes into <c>security-severity</c> the way they expect.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>Writes the SARIF log.</summary>
    /// <param name="output">Where to write (UTF-8 JSON).</param>
    /// <param name="findings">The findings, in the order to report them.</param>
    /// <param name="scannedFile">The SBOM or lock file the components came from, relative to the repository root where possible.</param>
    /// <param name="toolVersion">CodeAssure's version.</param>
    public static void Write(Stream output, IReadOnlyList<VulnerabilityFinding> findings, string scannedFile, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "CodeAssure");
        json.WriteString("semanticVersion", toolVersion.Split('+')[0]);
        json.WriteString("informationUri", "https://github.com/codeassure/codeassure");
        json.WriteStartArray("rules");
        var rules = findings.GroupBy(f => f.Ids[0], StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var finding in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Ids[0]);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", finding.Summary ?? $"Known vulnerability {finding.Ids[0]}");
            json.WriteEndObject();
            json.WriteString("helpUri", $"https://osv.dev/vulnerability/{Uri.EscapeDataString(finding.Ids[0])}");
            json.WriteStartObject("properties");
            if (finding.Cvss is not null)
            {
                json.WriteString("security-severity", finding.Cvss.Score.ToString("0.0", CultureInfo.InvariantCulture));
            }

            json.WriteStartArray("tags");
            json.WriteStringValue("security");
            json.WriteStringValue("vulnerability");
            json.WriteEndArray();
            json.WriteStartArray("aliases");
            foreach (var id in finding.Ids.Skip(1))
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Ids[0]);
            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            var fix = finding.FixedIn is null ? "no fixed version is known" : $"fixed in {finding.FixedIn}";
            json.WriteString("text", $"{finding.Name} {finding.Version} is affected by {string.Join(", ", finding.Ids)} ({finding.Severity.ToString().ToLowerInvariant()}); {fix}.");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", scannedFile.Replace('\\', '/'));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", finding.Purl);
            json.WriteString("kind", "package");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("partialFingerprints");
            json.WriteString("codeassure/purl-vulnerability/v1", $"{finding.Purl}|{finding.Ids[0]}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Code hosts read "error" as must-fix; unknown severity still needs a look, so it is a warning.
    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium or Severity.Unknown => "warning",
        _ => "note",
    };
}
