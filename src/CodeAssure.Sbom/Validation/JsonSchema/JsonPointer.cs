using System.Text.Json;
using System.Text;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>RFC 6901 JSON pointers: building them while walking an instance, and following them into a schema.</summary>
internal static class JsonPointer
{
    /// <summary>The pointer of a property below <paramref name="parent"/>.</summary>
    public static string Append(string parent, string propertyName) =>
        string.Concat(parent, "/", propertyName.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    /// <summary>The pointer of an array item below <paramref name="parent"/>.</summary>
    public static string Append(string parent, int index) =>
        string.Concat(parent, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Follows a pointer (already URI-unescaped, e.g. <c>/definitions/hash</c>) from <paramref name="root"/>.</summary>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement target)
    {
        target = root;
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (var rawToken in pointer[1..].Split('/'))
        {
            var token = Unescape(rawToken);
            switch (target.ValueKind)
            {
                case JsonValueKind.Object when target.TryGetProperty(token, out var next):
                    target = next;
                    break;
                case JsonValueKind.Array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < target.GetArrayLength():
                    target = target[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static string Unescape(string token)
    {
        if (!token.Contains('~', StringComparison.Ordinal))
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '~' && i + 1 < token.Length && token[i + 1] is '0' or '1')
            {
                builder.Append(token[i + 1] == '0' ? '~' : '/');
                i++;
            }
            else
            {
                builder.Append(token[i]);
            }
        }

        return builder.ToString();
    }
}
