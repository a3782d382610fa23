namespace CodeAssure.Data.Entities;

/// <summary>
/// An organisation's attestation signing key (ECDSA P-256). The private key is PKCS#8 protected with ASP.NET Core Data
/// Protection (purpose <c>CodeAssure.Attestation.SigningKey.v1</c>); the public JWK is published on the trust portal.
/// One key is active at a time; a retired key is kept so older attestations still verify.
/// </summary>
public sealed class OrganisationSigningKey
{
    /// <summary>The row's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The key id: the RFC 7638 thumbprint of the public key.</summary>
    public required string KeyId { get; set; }

    /// <summary>The algorithm, <c>ES256</c>.</summary>
    public required string Algorithm { get; set; }

    /// <summary>The public key as a JWK (JSON).</summary>
    public required string PublicJwk { get; set; }

    /// <summary>The data-protected PKCS#8 private key (never stored in the clear).</summary>
#pragma warning disable CA1819 // An EF-mapped blob: the array is the stored value.
    public required byte[] ProtectedPrivateKey { get; set; }
#pragma warning restore CA1819

    /// <summary>When the key was generated.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it became the signing key.</summary>
    public DateTimeOffset ActivatedAt { get; set; }

    /// <summary>When it stopped signing (null while active).</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
