using System.Text.Json;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>JSON Schema's notion of equality (enum, const, uniqueItems): by value, numbers by mathematical value, objects ignoring member order.</summary>
internal static class JsonValueComparer
{
    public static bool AreEqual(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Number:
                return left.TryGetDecimal(out var a) && right.TryGetDecimal(out var b)
                    ? a == b
                    : left.GetDouble().Equals(right.GetDouble());
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var l = left.EnumerateArray())
                using (var r = right.EnumerateArray())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!AreEqual(l.Current, r.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(property.Name, out var other) || !AreEqual(property.Value, other))
                    {
                        return false;
                    }
                }

                return count == right.EnumerateObject().Count();
            default:
                return false;
        }
    }

    /// <summary>A hash consistent with <see cref="AreEqual"/>, so uniqueItems is not quadratic on long arrays.</summary>
    public static int GetHashCode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => StringComparer.Ordinal.GetHashCode(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d.GetHashCode() : element.GetDouble().GetHashCode(),
        JsonValueKind.Array => element.GetArrayLength() * 31 + (int)JsonValueKind.Array,
        JsonValueKind.Object => element.EnumerateObject().Aggregate(17, (hash, p) => hash ^ StringComparer.Ordinal.GetHashCode(p.Name)),
        _ => (int)element.ValueKind,
    };

    /// <summary>Adapter for hash-based collections.</summary>
    public static IEqualityComparer<JsonElement> Instance { get; } = new Comparer();

    private sealed class Comparer : IEqualityComparer<JsonElement>
    {
        public bool Equals(JsonElement x, JsonElement y) => AreEqual(x, y);

        public int GetHashCode(JsonElement obj) => JsonValueComparer.GetHashCode(obj);
    }
}
