using System.Security.Cryptography;

namespace CodeAssure.Attestation.Keys;

/// <summary>
/// An organisation's private ECDSA P-256 signing key. Signatures are ASN.1 DER (<c>SEQUENCE { r, s }</c>), the form
/// sigstore, cosign and in-toto tools write into DSSE envelopes. The private key leaves only as PKCS#8, for the caller
/// to protect at rest.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _key;

    private SigningKey(ECDsa key, DateTimeOffset activatedAt)
    {
        _key = key;
        var point = key.ExportParameters(false).Q;
        Public = new PublicSigningKey(point.X, point.Y, activatedAt, null);
    }

    /// <summary>The public half, as published in the JWK Set.</summary>
    public PublicSigningKey Public { get; }

    /// <summary>The key id (RFC 7638 thumbprint).</summary>
    public string KeyId => Public.KeyId;

    /// <summary>A new random key, active from <paramref name="activatedAt"/>.</summary>
    public static SigningKey Generate(DateTimeOffset activatedAt) => new(ECDsa.Create(ECCurve.NamedCurves.nistP256), activatedAt);

    /// <summary>A key from its PKCS#8 DER encoding.</summary>
    /// <exception cref="JwkException">Not a PKCS#8 P-256 key.</exception>
    public static SigningKey FromPkcs8(ReadOnlySpan<byte> pkcs8, DateTimeOffset activatedAt)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(pkcs8, out _);
            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                throw new JwkException("the private key is not on P-256");
            }

            return new SigningKey(key, activatedAt);
        }
        catch (CryptographicException e)
        {
            key.Dispose();
            throw new JwkException("the private key is not a PKCS#8 EC key", e);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The private key as PKCS#8 DER (protect it before storing).</summary>
    public byte[] ExportPkcs8() => _key.ExportPkcs8PrivateKey();

    /// <summary>Signs the bytes with SHA-256; the signature is DER.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
