using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Reading;

/// <summary>The JSON conventions of CSAF 2.0: snake_case members, absent rather than null optional members.</summary>
internal static class CsafJson
{
    /// <summary>Serializer options shared by reading and writing; read-only, so safe to share.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            MaxDepth = CsafReader.DefaultMaxDepth,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
