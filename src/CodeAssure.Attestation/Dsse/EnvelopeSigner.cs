using CodeAssure.Attestation.InToto;
using CodeAssure.Attestation.Keys;

namespace CodeAssure.Attestation.Dsse;

/// <summary>Wraps an in-toto statement in a DSSE envelope signed with one key.</summary>
public static class EnvelopeSigner
{
    /// <summary>The signed envelope: payload = the statement's JSON, signature over its PAE, keyid = the key's thumbprint.</summary>
    public static DsseEnvelope Sign(InTotoStatement statement, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(key);
        var payload = statement.ToJson();
        var signature = key.Sign(PreAuthenticationEncoding.Encode(DsseEnvelope.InTotoPayloadType, payload));
        return new DsseEnvelope(DsseEnvelope.InTotoPayloadType, payload, [new DsseSignature(key.KeyId, signature)]);
    }
}
