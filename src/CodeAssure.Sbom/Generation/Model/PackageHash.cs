namespace CodeAssure.Sbom.Generation.Model;

/// <summary>A digest of a package's published artifact, as lower-case hex.</summary>
public sealed record PackageHash
{
    /// <summary>Creates a hash; the algorithm is a CycloneDX name (SHA-1, SHA-256, SHA-384, SHA-512).</summary>
    public PackageHash(string algorithm, string hexValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(algorithm);
        ArgumentException.ThrowIfNullOrWhiteSpace(hexValue);
        var expectedLength = algorithm switch
        {
            "SHA-1" => 40,
            "SHA-256" => 64,
            "SHA-384" => 96,
            "SHA-512" => 128,
            _ => throw new ArgumentException($"unsupported hash algorithm '{algorithm}'", nameof(algorithm)),
        };
        if (hexValue.Length != expectedLength || !hexValue.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"a {algorithm} digest is {expectedLength} hex digits, not '{hexValue}'", nameof(hexValue));
        }

        Algorithm = algorithm;
        Value = hexValue.ToLowerInvariant();
    }

    /// <summary>The algorithm's CycloneDX name, e.g. <c>SHA-512</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The digest in lower-case hex.</summary>
    public string Value { get; }

    /// <summary>The SPDX name of the algorithm (SHA1, SHA256, SHA384, SHA512).</summary>
    public string SpdxAlgorithm => Algorithm.Replace("-", "", StringComparison.Ordinal);
}
