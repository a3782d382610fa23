using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Cli.Output;

/// <summary>
/// The one JSON style of every command's machine output: camelCase, kebab-case enums, indented, no nulls; and the same
/// style on one line (<see cref="WriteLineAsync"/>) for commands that print one JSON object per input (JSON Lines).
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

    /// <summary>The same style as <see cref="Options"/>, on one line.</summary>
    public static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    public static async Task WriteAsync<T>(TextWriter writer, T value)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, Options)).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="value"/> as one compact JSON line.</summary>
    public static async Task WriteLineAsync<T>(TextWriter writer, T value)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, CompactOptions)).ConfigureAwait(false);
    }
}
