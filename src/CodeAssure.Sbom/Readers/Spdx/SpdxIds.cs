namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>SPDX 2 identifiers: <c>SPDXRef-</c> followed by an id (the spec allows letters, digits, '.' and '-').</summary>
internal static class SpdxIds
{
    public const string DocumentId = "SPDXRef-DOCUMENT";

    private const string Prefix = "SPDXRef-";

    /// <summary>True if the id starts with "SPDXRef-" and has something after it.</summary>
    public static bool HasElementPrefix(string? id) =>
        id is not null && id.StartsWith(Prefix, StringComparison.Ordinal) && id.Length > Prefix.Length;
}
