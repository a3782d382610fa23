namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>One SPDX relationship as written: <c>From Type To</c>.</summary>
internal sealed record SpdxRelationship(string From, string Type, string To);
