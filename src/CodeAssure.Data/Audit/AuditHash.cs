using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Data.Entities;

namespace CodeAssure.Data.Audit;

/// <summary>
/// The audit chain's hash: SHA-256 over a canonical form of an entry — a JSON array of its fields in a fixed order,
/// ending with the previous entry's hash — written as lower-case hex.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The canonical form of an entry (UTF-8 JSON array; independent of the database that stored it).</summary>
    public static byte[] CanonicalForm(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(FormatTime(entry.At));
            json.WriteStringValue(entry.Actor);
            if (entry.OrganisationId is { } org)
            {
                json.WriteStringValue(org.ToString("D", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStringValue(entry.Action);
            json.WriteStringValue(entry.EntityType);
            json.WriteStringValue(entry.EntityId);
            WriteNullable(json, entry.Before);
            WriteNullable(json, entry.After);
            json.WriteStringValue(entry.PreviousHash);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The hash an entry must carry, given its fields and previous hash.</summary>
    public static string Compute(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(CanonicalForm(entry)));

    /// <summary>Times are hashed as UTC with whole milliseconds, the precision every provider stores exactly.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Truncates a time to whole milliseconds in UTC, as stored.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The hex SHA-256 of a UTF-8 string (tokens are stored this way).</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
