using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>Writes an <see cref="OsvRecord"/> back as compact OSV JSON (schema field names, empty fields left out).</summary>
public static class OsvRecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = OsvRecordParser.MaxDepth + 8 };

    /// <summary>The record as UTF-8 JSON; <see cref="OsvRecordParser.ParseJson(ReadOnlyMemory{byte})"/> reads it back to an equal record.</summary>
    public static byte[] ToUtf8Json(OsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, record);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the record to a JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, OsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        WriteString(writer, "schema_version", record.SchemaVersion);
        writer.WriteString("id", record.Id);
        writer.WriteString("modified", OsvTimestamp.Format(record.Modified));
        if (record.Published is { } published)
        {
            writer.WriteString("published", OsvTimestamp.Format(published));
        }

        if (record.Withdrawn is { } withdrawn)
        {
            writer.WriteString("withdrawn", OsvTimestamp.Format(withdrawn));
        }

        WriteStrings(writer, "aliases", record.Aliases);
        WriteStrings(writer, "upstream", record.Upstream);
        WriteStrings(writer, "related", record.Related);
        WriteString(writer, "summary", record.Summary);
        WriteString(writer, "details", record.Details);
        WriteSeverity(writer, record.Severity);
        if (record.Affected.Count > 0)
        {
            writer.WriteStartArray("affected");
            foreach (var affected in record.Affected)
            {
                WriteAffected(writer, affected);
            }

            writer.WriteEndArray();
        }

        if (record.References.Count > 0)
        {
            writer.WriteStartArray("references");
            foreach (var reference in record.References)
            {
                writer.WriteStartObject();
                writer.WriteString("type", reference.Type);
                writer.WriteString("url", reference.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (record.Credits.Count > 0)
        {
            writer.WriteStartArray("credits");
            foreach (var credit in record.Credits)
            {
                writer.WriteStartObject();
                writer.WriteString("name", credit.Name);
                WriteStrings(writer, "contact", credit.Contact);
                WriteString(writer, "type", credit.Type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteElement(writer, "database_specific", record.DatabaseSpecific);
        writer.WriteEndObject();
    }

    private static void WriteAffected(Utf8JsonWriter writer, OsvAffected affected)
    {
        writer.WriteStartObject();
        if (affected.Package is { } package)
        {
            writer.WriteStartObject("package");
            writer.WriteString("ecosystem", package.Ecosystem);
            writer.WriteString("name", package.Name);
            WriteString(writer, "purl", package.Purl);
            writer.WriteEndObject();
        }

        WriteSeverity(writer, affected.Severity);
        if (affected.Ranges.Count > 0)
        {
            writer.WriteStartArray("ranges");
            foreach (var range in affected.Ranges)
            {
                writer.WriteStartObject();
                writer.WriteString("type", range.Type switch
                {
                    OsvRangeType.Semver => "SEMVER",
                    OsvRangeType.Ecosystem => "ECOSYSTEM",
                    _ => "GIT",
                });
                WriteString(writer, "repo", range.Repo);
                writer.WriteStartArray("events");
                foreach (var e in range.Events)
                {
                    writer.WriteStartObject();
                    writer.WriteString(e.Kind switch
                    {
                        OsvEventKind.Introduced => "introduced",
                        OsvEventKind.Fixed => "fixed",
                        OsvEventKind.LastAffected => "last_affected",
                        _ => "limit",
                    }, e.Version);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                WriteElement(writer, "database_specific", range.DatabaseSpecific);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteStrings(writer, "versions", affected.Versions);
        WriteElement(writer, "ecosystem_specific", affected.EcosystemSpecific);
        WriteElement(writer, "database_specific", affected.DatabaseSpecific);
        writer.WriteEndObject();
    }

    private static void WriteSeverity(Utf8JsonWriter writer, IReadOnlyList<OsvSeverity> severity)
    {
        if (severity.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("severity");
        foreach (var s in severity)
        {
            writer.WriteStartObject();
            writer.WriteString("type", s.Type);
            writer.WriteString("score", s.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }
}
