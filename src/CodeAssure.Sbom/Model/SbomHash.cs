namespace CodeAssure.Sbom.Model;

/// <summary>A cryptographic hash of a component.</summary>
/// <param name="Algorithm">The algorithm, spelt as CycloneDX spells it (SHA-256, SHA3-512, BLAKE2b-256, MD5 …); SPDX names are converted.</param>
/// <param name="Value">The hash value as given (normally lowercase hex).</param>
public sealed record SbomHash(string Algorithm, string Value);
