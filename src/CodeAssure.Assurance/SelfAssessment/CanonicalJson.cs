using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// Writes a JSON tree in the canonical form of RFC 8785 (JSON Canonicalization Scheme) for the subset CodeAssure
/// uses — objects, arrays, strings, integers, booleans and null: members sorted by the UTF-16 code units of their
/// names, no whitespace, strings escaped only where JSON requires (quote, backslash, U+0000–U+001F with the short
/// forms \b \f \n \r \t), encoded as UTF-8. The same tree always gives the same bytes, so its digest can be signed.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical UTF-8 bytes of a tree.</summary>
    /// <exception cref="ArgumentException">The tree holds a non-integer number, which this form does not use.</exception>
    public static byte[] ToUtf8Bytes(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return new UTF8Encoding(false, true).GetBytes(text.ToString());
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    WriteString(name, text);
                    text.Append(':');
                    Write(value, text);
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Write(array[i], text);
                }

                text.Append(']');
                break;
            case JsonValue value:
                WriteValue(value, text);
                break;
            default:
                throw new ArgumentException($"unsupported JSON node {node.GetType().Name}", nameof(node));
        }
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), text);
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            case JsonValueKind.Number when value.TryGetValue<long>(out var integer):
                text.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number when value.TryGetValue<int>(out var small):
                text.Append(small.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number when value.TryGetValue<JsonElement>(out var element) && element.TryGetInt64(out var parsed):
                text.Append(parsed.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"canonical JSON here holds only strings, integers, booleans and null, not {value.GetValueKind()}");
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
