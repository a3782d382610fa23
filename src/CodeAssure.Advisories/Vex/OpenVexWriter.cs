using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CodeAssure.Advisories.Vex;

/// <summary>Writes an OpenVEX 0.2.0 document (https://github.com/openvex/spec) for one release.</summary>
public static class OpenVexWriter
{
    /// <summary>The OpenVEX 0.2.0 context IRI.</summary>
    public const string Context = "https://openvex.dev/ns/v0.2.0";

    /// <summary>Writes the document as indented UTF-8 JSON text.</summary>
    public static string Write(ReleaseVexContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("@id", content.DocumentId.AbsoluteUri);
            json.WriteString("author", content.Author);
            json.WriteString("timestamp", Timestamp(content.Timestamp));
            json.WriteNumber("version", content.DocumentVersion);
            json.WriteString("tooling", "CodeAssure");
            json.WriteStartArray("statements");
            foreach (var entry in content.Entries)
            {
                WriteStatement(json, content, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The OpenVEX status name of <paramref name="status"/>.</summary>
    public static string StatusName(VexStatus status) => status switch
    {
        VexStatus.Affected => "affected",
        VexStatus.NotAffected => "not_affected",
        VexStatus.Fixed => "fixed",
        _ => "under_investigation",
    };

    private static void WriteStatement(Utf8JsonWriter json, ReleaseVexContent content, VexEntry entry)
    {
        var state = entry.State;
        json.WriteStartObject();
        json.WriteStartObject("vulnerability");
        json.WriteString("name", entry.VulnerabilityId);
        var aliases = entry.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && !string.Equals(a, entry.VulnerabilityId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (aliases.Count > 0)
        {
            json.WriteStartArray("aliases");
            aliases.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        if (!string.IsNullOrWhiteSpace(entry.Description))
        {
            json.WriteString("description", entry.Description);
        }

        json.WriteEndObject();
        json.WriteStartArray("products");
        json.WriteStartObject();
        json.WriteString("@id", content.ProductId);
        if (!string.IsNullOrWhiteSpace(state.ComponentPurl))
        {
            json.WriteStartArray("subcomponents");
            json.WriteStartObject();
            json.WriteString("@id", state.ComponentPurl);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("status", StatusName(state.Status));
        var statement = string.IsNullOrWhiteSpace(state.Statement) ? null : state.Statement.Trim();
        switch (state.Status)
        {
            case VexStatus.NotAffected:
                // The spec requires a justification or an impact statement for not_affected.
                if (state.Justification is { } justification)
                {
                    json.WriteString("justification", justification.ToLabel());
                }

                json.WriteString("impact_statement", statement ?? state.Justification?.Describe() ?? "The product is not affected by this vulnerability.");
                break;
            case VexStatus.Affected:
                // The spec requires an action statement for affected.
                json.WriteString("action_statement", ActionStatement(state.FixedVersion, statement));
                break;
            case VexStatus.Fixed:
            case VexStatus.UnderInvestigation:
                if (statement is not null)
                {
                    json.WriteString("status_notes", statement);
                }

                break;
        }

        json.WriteEndObject();
    }

    private static string ActionStatement(string? fixedVersion, string? statement)
    {
        var fix = string.IsNullOrWhiteSpace(fixedVersion) ? null : $"Update to version {fixedVersion.Trim()} or later.";
        return (fix, statement) switch
        {
            (null, null) => "No fix is available yet.",
            (null, _) => statement!,
            (_, null) => fix,
            _ => fix + " " + statement,
        };
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
