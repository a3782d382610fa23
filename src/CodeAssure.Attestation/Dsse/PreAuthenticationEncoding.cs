using System.Globalization;
using System.Text;

namespace CodeAssure.Attestation.Dsse;

/// <summary>
/// DSSE v1 pre-authentication encoding: <c>"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body</c>, lengths as ASCII
/// decimal byte counts. Signing this, not the bare payload, binds the payload type into the signature.
/// </summary>
public static class PreAuthenticationEncoding
{
    /// <summary>The bytes that are signed for a payload of the given type.</summary>
    public static byte[] Encode(string payloadType, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        var type = Encoding.UTF8.GetBytes(payloadType);
        var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DSSEv1 {type.Length} "));
        var middle = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $" {payload.Length} "));
        var result = new byte[head.Length + type.Length + middle.Length + payload.Length];
        head.CopyTo(result, 0);
        type.CopyTo(result, head.Length);
        middle.CopyTo(result, head.Length + type.Length);
        payload.CopyTo(result.AsSpan(head.Length + type.Length + middle.Length));
        return result;
    }
}
