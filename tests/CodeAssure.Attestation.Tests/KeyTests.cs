using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.Attestation.Keys;

namespace CodeAssure.Attestation.Tests;

public sealed class KeyTests
{
    [Fact]
    public void Kid_is_the_RFC_7638_thumbprint()
    {
        // RFC 7638 gives an RSA example only; this recomputes the EC form from its definition independently.
        using var key = Samples.Key();
        var jwk = System.Text.Json.JsonDocument.Parse(key.Public.ToJson()).RootElement;
        var canonical = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{jwk.GetProperty("x").GetString()}\",\"y\":\"{jwk.GetProperty("y").GetString()}\"}}";

        Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), key.KeyId);
        Assert.Equal(key.KeyId, jwk.GetProperty("kid").GetString());
    }

    [Fact]
    public void A_key_set_round_trips_with_validity()
    {
        using var a = Samples.Key(Samples.SignedAt.AddYears(-1));
        using var b = Samples.Key(Samples.SignedAt);
        var set = new JsonWebKeySet([a.Public.RetiredAs(Samples.SignedAt), b.Public]);

        var read = JsonWebKeySet.Parse(set.ToJson());

        Assert.Equal(2, read.Keys.Count);
        Assert.Equal(Samples.SignedAt, read.Find(a.KeyId)!.RetiredAt);
        Assert.Null(read.Find(b.KeyId)!.RetiredAt);
    }

    [Fact]
    public void A_private_key_survives_PKCS8_export_and_keeps_its_kid()
    {
        using var key = Samples.Key();
        using var again = SigningKey.FromPkcs8(key.ExportPkcs8(), key.Public.ActivatedAt);

        Assert.Equal(key.KeyId, again.KeyId);
    }

    [Theory]
    [InlineData("{}", "keys")]
    [InlineData("{\"keys\":[]}", "no EC P-256 key")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"x\",\"e\":\"AQAB\"}]}", "no EC P-256 key")]
    [InlineData("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-384\",\"x\":\"a\",\"y\":\"b\"}]}", "P-256")]
    [InlineData("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}]}", "32 bytes")]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"y\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}", "point")]
    [InlineData("not json", "not JSON")]
    public void Rejects_unusable_key_sets_with_a_reason(string json, string reason)
    {
        var e = Assert.Throws<JwkException>(() => JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_kid_that_is_not_the_thumbprint()
    {
        using var key = Samples.Key();
        var json = key.Public.ToJson().Replace(key.KeyId, "someone-elses-kid", StringComparison.Ordinal);

        var e = Assert.Throws<JwkException>(() => JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("thumbprint", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_JWK_that_carries_a_private_key()
    {
        using var key = Samples.Key();
        var json = key.Public.ToJson().Replace("{", "{\"d\":\"AAAA\",", StringComparison.Ordinal);

        Assert.Throws<JwkException>(() => JsonWebKeySet.Parse(Encoding.UTF8.GetBytes(json)));
    }
}
