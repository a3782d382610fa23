using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Cli.Output;

/// <summary>
/// The one JSON style of every command's machine output: camelCase, kebab-case enums, indented, no nulls — and the same
/// style compact, one value per line (JSON Lines), for commands that stream a result per input.
/// </summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    /// <summary>Writes the value as indented JSON, streamed: a large document is never held whole as text.</summary>
    public static async Task WriteAsync<T>(TextWriter writer, T value)
    {
        await using (var stream = new TextWriterStream(writer))
        {
            await JsonSerializer.SerializeAsync(stream, value, Options).ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the value as compact JSON on one line (no indentation, no line breaks inside).</summary>
    public static async Task WriteLineCompactAsync<T>(TextWriter writer, T value)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, CompactOptions)).ConfigureAwait(false);
    }
}
