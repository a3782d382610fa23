using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Reports;

/// <summary>
/// Writes a scan as one SARIF 2.1.0 run for code-scanning upload: every check that ran is a rule (its descriptor's
/// title, what it looks for, its remediation as help, its principles and claims as properties) and every finding is one
/// result whose <c>ruleId</c> is the check id, located by a URI relative to the scanned folder (<c>%SRCROOT%</c>) and
/// its start line. Checks that were skipped or broke are tool execution notifications, not results.
/// </summary>
public static class SarifEvidenceWriter
{
    /// <summary>The base id that relative artifact URIs resolve against: the scanned folder.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    /// <summary>The partial fingerprint key carrying a finding's own fingerprint (stable across scans, never a secret).</summary>
    public const string FingerprintKey = "codeassure/finding/v1";

    /// <summary>The partial fingerprint key for findings without their own fingerprint: a hash of check, rule, path, message and value.</summary>
    public const string DerivedFingerprintKey = "codeassure/derived/v1";

    private const string InformationUri = "https://github.com/codeassure/codeassure";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the SARIF log (UTF-8 JSON) to the stream.</summary>
    public static void Write(Stream output, EvidenceBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(bundle);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, bundle);
        WriteInvocation(json, bundle);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootBaseId);
        Text(json, "description", $"The root of the scanned folder ({bundle.Subject.Name}); result URIs are relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteResults(json, bundle);
        json.WriteStartObject("properties");
        json.WriteString("subject", bundle.Subject.Name);
        if (bundle.Subject.Commit is { } commit)
        {
            json.WriteString("commit", commit);
        }

        json.WriteString("role", bundle.Role);
        json.WriteString("catalogVersion", bundle.CatalogVersion);
        json.WriteString("evidenceSchemaVersion", bundle.SchemaVersion);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The SARIF level of a finding level: critical and high must be fixed (error), medium should (warning), low is a note, info is none.</summary>
    public static string Level(FindingLevel level) => level switch
    {
        FindingLevel.Critical or FindingLevel.High => "error",
        FindingLevel.Medium => "warning",
        FindingLevel.Low => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, EvidenceBundle bundle)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", bundle.Tool.Name);
        json.WriteString("version", bundle.Tool.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var check in bundle.Checks)
        {
            json.WriteStartObject();
            json.WriteString("id", check.Id);
            Text(json, "shortDescription", check.Title);
            Text(json, "fullDescription", check.LooksFor ?? check.Title);
            if (check.Remediation is { } remediation)
            {
                Text(json, "help", remediation);
            }

            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("security");
            json.WriteStringValue("code-of-practice");
            json.WriteEndArray();
            Strings(json, "principles", check.Principles);
            Strings(json, "claims", check.Claims);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, EvidenceBundle bundle)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("endTimeUtc", bundle.ScannedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var check in bundle.Checks.Where(c => c.Status is CheckStatus.Skipped or CheckStatus.Error))
        {
            json.WriteStartObject();
            json.WriteString("level", check.Status == CheckStatus.Error ? "error" : "note");
            Text(json, "message", $"{check.Id} {ReportText.Status(check.Status)}: {check.Note ?? "no reason given"}");
            json.WriteStartObject("descriptor");
            json.WriteString("id", check.Id);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, EvidenceBundle bundle)
    {
        json.WriteStartArray("results");
        for (var ruleIndex = 0; ruleIndex < bundle.Checks.Count; ruleIndex++)
        {
            var check = bundle.Checks[ruleIndex];
            foreach (var finding in check.Findings)
            {
                WriteResult(json, check.Id, ruleIndex, finding);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, string checkId, int ruleIndex, CheckFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", checkId);
        json.WriteNumber("ruleIndex", ruleIndex);
        if (finding.Level == FindingLevel.Info)
        {
            // Evidence rather than a problem: SARIF says such a result is "informational" and then has level none.
            json.WriteString("kind", "informational");
        }

        json.WriteString("level", Level(finding.Level));
        Text(json, "message", finding.Value is { Length: > 0 } value ? $"{finding.Message} ({value})" : finding.Message);
        if (finding.Location is { } location)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", RelativeUri(location.Path));
            json.WriteString("uriBaseId", SourceRootBaseId);
            json.WriteEndObject();
            if (location.Line is >= 1 and var line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                if (location.Column is >= 1 and var column)
                {
                    json.WriteNumber("startColumn", column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        if (finding.Fingerprint is { Length: > 0 } fingerprint)
        {
            json.WriteString(FingerprintKey, fingerprint);
        }
        else
        {
            json.WriteString(DerivedFingerprintKey, Derived(checkId, finding));
        }

        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("severity", ReportText.Level(finding.Level));
        if (finding.RuleId is { } rule)
        {
            json.WriteString("checkRule", rule);
        }

        if (finding.Value is { } shown)
        {
            json.WriteString("value", shown);
        }

        if (finding.Location?.Commit is { } commit)
        {
            json.WriteString("commit", commit);
        }

        if (finding.Location?.Author is { } author)
        {
            json.WriteString("author", author);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // A relative URI reference: each path segment percent-encoded, so spaces, '#', '?' or '%' in file names survive.
    private static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Derived(string checkId, CheckFinding finding)
    {
        var text = string.Join('\u001F', checkId, finding.RuleId ?? "", finding.Location?.Path ?? "", finding.Message, finding.Value ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static void Text(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
