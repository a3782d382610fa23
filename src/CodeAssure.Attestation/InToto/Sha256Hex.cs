using System.Security.Cryptography;

namespace CodeAssure.Attestation.InToto;

/// <summary>SHA-256 digests as in-toto writes them: 64 lower-case hex digits.</summary>
public static class Sha256Hex
{
    /// <summary>The lower-case hex SHA-256 of the bytes.</summary>
    public static string Of(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>True for exactly 64 lower-case hex digits.</summary>
    public static bool IsValid(string? text) =>
        text is { Length: 64 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
