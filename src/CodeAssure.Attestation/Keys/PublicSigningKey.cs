using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CodeAssure.Attestation.Keys;

/// <summary>
/// A public ECDSA P-256 verification key as a JWK (RFC 7517/7518: <c>kty</c> EC, <c>crv</c> P-256, <c>x</c>, <c>y</c>),
/// identified by its RFC 7638 thumbprint, with CodeAssure's validity extension: <c>iat</c> (activated, NumericDate) and
/// optional <c>retired_at</c> (NumericDate): a signature made outside [iat, retired_at) is not accepted.
/// </summary>
public sealed class PublicSigningKey
{
    private readonly byte[] _x;
    private readonly byte[] _y;

    /// <summary>A key from its curve point; the point is checked to be on P-256.</summary>
    /// <exception cref="JwkException">The coordinates are not 32 bytes or not a point on the curve.</exception>
    public PublicSigningKey(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y, DateTimeOffset activatedAt, DateTimeOffset? retiredAt)
    {
        if (x.Length != 32 || y.Length != 32)
        {
            throw new JwkException("x and y must be 32 bytes each for P-256");
        }

        if (retiredAt is { } r && r < activatedAt)
        {
            throw new JwkException("retired_at is before iat");
        }

        _x = x.ToArray();
        _y = y.ToArray();
        ActivatedAt = activatedAt;
        RetiredAt = retiredAt;
        try
        {
            using var probe = ECDsa.Create(Parameters());
        }
        catch (CryptographicException e)
        {
            throw new JwkException("the key is not a point on P-256", e);
        }

        KeyId = Thumbprint(_x, _y);
    }

    /// <summary>The RFC 7638 SHA-256 thumbprint, base64url: the <c>kid</c>.</summary>
    public string KeyId { get; }

    /// <summary>When the key became the organisation's signing key.</summary>
    public DateTimeOffset ActivatedAt { get; }

    /// <summary>When it stopped being used for signing (kept to verify older attestations), or null while active.</summary>
    public DateTimeOffset? RetiredAt { get; }

    /// <summary>True when a signature made at <paramref name="signedAt"/> falls in the key's validity.</summary>
    public bool IsValidAt(DateTimeOffset signedAt) => signedAt >= ActivatedAt && (RetiredAt is null || signedAt < RetiredAt);

    /// <summary>The same key with a retirement time.</summary>
    public PublicSigningKey RetiredAs(DateTimeOffset retiredAt) => new(_x, _y, ActivatedAt, retiredAt);

    /// <summary>The same key with another validity window.</summary>
    public PublicSigningKey WithValidity(DateTimeOffset activatedAt, DateTimeOffset? retiredAt) => new(_x, _y, activatedAt, retiredAt);

    /// <summary>A verifier object for this key (the caller disposes it).</summary>
    public ECDsa CreateVerifier() => ECDsa.Create(Parameters());

    /// <summary>Writes the key as a JWK object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("kty", "EC");
        writer.WriteString("crv", "P-256");
        writer.WriteString("x", Base64Url.EncodeToString(_x));
        writer.WriteString("y", Base64Url.EncodeToString(_y));
        writer.WriteString("kid", KeyId);
        writer.WriteString("use", "sig");
        writer.WriteString("alg", "ES256");
        writer.WriteNumber("iat", ActivatedAt.ToUnixTimeSeconds());
        if (RetiredAt is { } retired)
        {
            writer.WriteNumber("retired_at", retired.ToUnixTimeSeconds());
        }

        writer.WriteEndObject();
    }

    /// <summary>The key as compact JWK JSON.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one JWK object; a key without <c>iat</c> is treated as valid from the beginning of time.</summary>
    /// <exception cref="JwkException">Not an EC P-256 key, bad base64url, a kid that is not the thumbprint, or bad validity.</exception>
    public static PublicSigningKey Parse(JsonElement jwk)
    {
        if (jwk.ValueKind != JsonValueKind.Object)
        {
            throw new JwkException("a JWK must be a JSON object");
        }

        if (Text(jwk, "kty") != "EC" || Text(jwk, "crv") != "P-256")
        {
            throw new JwkException("only EC keys on P-256 are supported (kty EC, crv P-256)");
        }

        if (jwk.TryGetProperty("d", out _))
        {
            throw new JwkException("the JWK holds a private key ('d'); publish and use only public keys");
        }

        var x = Coordinate(jwk, "x");
        var y = Coordinate(jwk, "y");
        var activated = NumericDate(jwk, "iat") ?? DateTimeOffset.MinValue;
        var retired = NumericDate(jwk, "retired_at");
        var key = new PublicSigningKey(x, y, activated, retired);
        if (Text(jwk, "kid") is { } kid && kid != key.KeyId)
        {
            throw new JwkException($"kid '{Shorten(kid)}' is not the key's RFC 7638 thumbprint {key.KeyId}");
        }

        return key;
    }

    /// <summary>The RFC 7638 thumbprint of an EC key: SHA-256 over the required members in lexical order, no whitespace.</summary>
    internal static string Thumbprint(byte[] x, byte[] y)
    {
        var canonical = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url.EncodeToString(x)}\",\"y\":\"{Base64Url.EncodeToString(y)}\"}}";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private ECParameters Parameters() => new()
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = _x, Y = _y },
    };

    private static string? Text(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new JwkException($"'{name}' must be a string") : null;

    private static byte[] Coordinate(JsonElement jwk, string name)
    {
        var text = Text(jwk, name) ?? throw new JwkException($"the JWK has no '{name}'");
        if (!Base64Url.IsValid(text, out var length) || length != 32 || text.Contains('=', StringComparison.Ordinal))
        {
            throw new JwkException($"'{name}' must be the base64url (unpadded) encoding of 32 bytes");
        }

        return Base64Url.DecodeFromChars(text);
    }

    private static DateTimeOffset? NumericDate(JsonElement jwk, string name)
    {
        if (!jwk.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds) || seconds < 0 || seconds > 253_402_300_799)
        {
            throw new JwkException($"'{name}' must be a NumericDate (whole seconds since 1970)");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
