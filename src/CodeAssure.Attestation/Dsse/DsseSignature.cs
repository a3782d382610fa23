namespace CodeAssure.Attestation.Dsse;

/// <summary>One signature of a DSSE envelope: the key's id (a hint, the JWK thumbprint) and the signature bytes.</summary>
public sealed class DsseSignature
{
    /// <summary>A signature; <paramref name="signature"/> is copied.</summary>
    public DsseSignature(string keyId, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        KeyId = keyId;
        Signature = signature.ToArray();
    }

    /// <summary>The signing key's id (may be empty: DSSE makes it optional).</summary>
    public string KeyId { get; }

    /// <summary>The signature: for ECDSA P-256 an ASN.1 DER <c>SEQUENCE { r, s }</c>, as sigstore and in-toto tools write it.</summary>
    public ReadOnlyMemory<byte> Signature { get; }
}
