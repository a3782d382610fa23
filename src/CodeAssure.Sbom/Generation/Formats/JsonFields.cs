using System.Text.Json;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>Small, forgiving accessors for the JSON lock files: a missing or mistyped field reads as absent.</summary>
internal static class JsonFields
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 512,
    };

    public static JsonDocument Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new LockFileException((int)(e.LineNumber ?? -1) + 1, "not valid JSON: " + FirstSentence(e.Message));
        }
    }

    public static JsonElement RootObject(JsonDocument document, string what) =>
        document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement
            : throw new LockFileException(1, $"expected a JSON object at the top of {what}");

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool True(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IEnumerable<JsonProperty> Members(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject()
            : [];

    public static IEnumerable<JsonProperty> Members(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject() : [];

    public static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>The 1-based line where <c>"key"</c> first appears in the text, or 0; JsonDocument keeps no positions.</summary>
    public static int LineOf(string text, string key)
    {
        var index = text.IndexOf(JsonSerializer.Serialize(key), StringComparison.Ordinal);
        return index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }
}
