using System.Text.Json;

namespace CodeAssure.Attestation.Keys;

/// <summary>
/// An RFC 7517 JWK Set of verification keys, by kid. Keys of other types are skipped, as RFC 7517 §5 asks; a malformed
/// EC key is an error. A single JWK object is also accepted (a set of one).
/// </summary>
public sealed class JsonWebKeySet
{
    /// <summary>The largest key set read (a published set holds a handful of keys).</summary>
    public const int MaxBytes = 1024 * 1024;

    private readonly Dictionary<string, PublicSigningKey> _keys;

    /// <summary>A set of keys (later duplicates of a kid replace earlier ones).</summary>
    public JsonWebKeySet(IEnumerable<PublicSigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Dictionary<string, PublicSigningKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            _keys[key.KeyId] = key;
        }
    }

    /// <summary>The keys.</summary>
    public IReadOnlyCollection<PublicSigningKey> Keys => _keys.Values;

    /// <summary>The key with that kid, if any.</summary>
    public PublicSigningKey? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    /// <summary>Parses a JWK Set (<c>{"keys": [...]}</c>) or a single JWK.</summary>
    /// <exception cref="JwkException">Not JSON, oversized, no usable key, or a malformed EC key.</exception>
    public static JsonWebKeySet Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            throw new JwkException($"the key set is larger than {MaxBytes / 1024} KiB");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new JwkException($"the key set is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("kty", out _))
            {
                return new JsonWebKeySet([PublicSigningKey.Parse(root)]);
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                throw new JwkException("a JWK Set must be an object with a 'keys' array");
            }

            var parsed = new List<PublicSigningKey>();
            var index = 0;
            foreach (var item in keys.EnumerateArray())
            {
                var isEc = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("kty", out var kty) && kty.ValueKind == JsonValueKind.String && kty.GetString() == "EC";
                if (isEc)
                {
                    try
                    {
                        parsed.Add(PublicSigningKey.Parse(item));
                    }
                    catch (JwkException e)
                    {
                        throw new JwkException($"keys[{index}]: {e.Message}", e);
                    }
                }

                index++;
            }

            return parsed.Count == 0 ? throw new JwkException("the key set holds no EC P-256 key") : new JsonWebKeySet(parsed);
        }
    }

    /// <summary>The set as JSON (<c>{"keys": [...]}</c>), oldest key first.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in _keys.Values.OrderBy(k => k.ActivatedAt))
            {
                key.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
