namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>Turns SPDX checksum algorithm names (SHA256, sha3_256, blake2b256 …) into CycloneDX's spelling (SHA-256, SHA3-256, BLAKE2b-256 …).</summary>
internal static class SpdxHashAlgorithms
{
    public static string Normalise(string algorithm)
    {
        var upper = algorithm.Trim().Replace('_', '-').ToUpperInvariant();
        return upper switch
        {
            "SHA1" => "SHA-1",
            "SHA224" => "SHA-224",
            "SHA256" => "SHA-256",
            "SHA384" => "SHA-384",
            "SHA512" => "SHA-512",
            "BLAKE2B256" or "BLAKE2B-256" => "BLAKE2b-256",
            "BLAKE2B384" or "BLAKE2B-384" => "BLAKE2b-384",
            "BLAKE2B512" or "BLAKE2B-512" => "BLAKE2b-512",
            _ => upper,
        };
    }
}
