using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace CodeAssure.Attestation.Dsse;

/// <summary>
/// A DSSE envelope (JSON form): <c>{"payloadType", "payload" (base64), "signatures": [{"keyid", "sig" (base64)}]}</c>.
/// Parsed strictly from untrusted bytes; written with standard base64 (DSSE accepts standard or URL-safe on input).
/// </summary>
public sealed class DsseEnvelope
{
    /// <summary>The payload type of an in-toto statement.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    /// <summary>An envelope; the payload is copied.</summary>
    public DsseEnvelope(string payloadType, ReadOnlySpan<byte> payload, IReadOnlyList<DsseSignature> signatures)
    {
        ArgumentException.ThrowIfNullOrEmpty(payloadType);
        ArgumentNullException.ThrowIfNull(signatures);
        PayloadType = payloadType;
        Payload = payload.ToArray();
        Signatures = [.. signatures];
    }

    /// <summary>The payload's media type.</summary>
    public string PayloadType { get; }

    /// <summary>The payload bytes (decoded).</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The signatures, in envelope order.</summary>
    public IReadOnlyList<DsseSignature> Signatures { get; }

    /// <summary>The bytes each signature covers (<see cref="PreAuthenticationEncoding"/>).</summary>
    public byte[] SignedBytes() => PreAuthenticationEncoding.Encode(PayloadType, Payload.Span);

    /// <summary>Parses an envelope.</summary>
    /// <exception cref="DsseEnvelopeException">Not JSON, a missing or mistyped field, or bad base64.</exception>
    public static DsseEnvelope Parse(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DsseEnvelopeException($"not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new DsseEnvelopeException("the envelope must be a JSON object");
            }

            RejectUnknownMembers(root, "the envelope", "payloadType", "payload", "signatures");
            var type = RequiredString(root, "payloadType", "the envelope");
            var payload = Decode(RequiredString(root, "payload", "the envelope"), "payload");
            if (!root.TryGetProperty("signatures", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new DsseEnvelopeException("the envelope has no 'signatures' array");
            }

            var signatures = new List<DsseSignature>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var where = $"signatures[{index}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new DsseEnvelopeException($"{where} must be an object");
                }

                RejectUnknownMembers(item, where, "keyid", "sig");
                var keyId = item.TryGetProperty("keyid", out var k) ? k.ValueKind == JsonValueKind.String ? k.GetString()! : throw new DsseEnvelopeException($"{where}.keyid must be a string") : "";
                signatures.Add(new DsseSignature(keyId, Decode(RequiredString(item, "sig", where), where + ".sig")));
                index++;
            }

            return new DsseEnvelope(type.Length == 0 ? throw new DsseEnvelopeException("payloadType is empty") : type, payload, signatures);
        }
    }

    /// <summary>The envelope as compact UTF-8 JSON.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("payloadType", PayloadType);
            writer.WriteString("payload", Convert.ToBase64String(Payload.Span));
            writer.WriteStartArray("signatures");
            foreach (var signature in Signatures)
            {
                writer.WriteStartObject();
                writer.WriteString("keyid", signature.KeyId);
                writer.WriteString("sig", Convert.ToBase64String(signature.Signature.Span));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    // The envelope is not signed, only its payload is: an unknown member (a misspelt "keyid", say) is refused rather than
    // silently ignored, so a changed envelope never passes as the one that was published.
    private static void RejectUnknownMembers(JsonElement element, string where, params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                throw new DsseEnvelopeException($"{where} has an unknown member '{(property.Name.Length > 40 ? property.Name[..40] + "…" : property.Name)}'");
            }
        }
    }

    private static string RequiredString(JsonElement owner, string name, string where) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new DsseEnvelopeException($"{where} has no '{name}' string");

    private static byte[] Decode(string text, string field)
    {
        // Standard or URL-safe base64 (DSSE allows either), but only the canonical spelling of the bytes: whitespace,
        // stray padding or non-zero trailing bits would let the envelope's text change while its meaning stays.
        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        if (text.AsSpan().IndexOfAny(" \t\r\n") < 0 && Convert.TryFromBase64String(text, buffer, out var written)
            && Convert.ToBase64String(buffer, 0, written) == text)
        {
            return buffer[..written];
        }

        var unpadded = text.AsSpan().TrimEnd('=');
        if (Base64Url.IsValid(unpadded, out var length))
        {
            var bytes = new byte[length];
            if (Base64Url.TryDecodeFromChars(unpadded, bytes, out var count) && count == length
                && Base64Url.EncodeToString(bytes).AsSpan().SequenceEqual(unpadded)
                && (unpadded.Length == text.Length || Convert.ToBase64String(bytes).Length == text.Length))
            {
                return bytes;
            }
        }

        throw new DsseEnvelopeException($"'{field}' is not valid base64", badBase64: true);
    }

    /// <inheritdoc />
    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
