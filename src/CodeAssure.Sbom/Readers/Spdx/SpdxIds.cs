namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>The SPDX 2 identifier rules: <c>SPDXRef-</c> followed by letters, digits, '.' and '-' only.</summary>
internal static class SpdxIds
{
    public const string DocumentId = "SPDXRef-DOCUMENT";

    private const string Prefix = "SPDXRef-";

    public static bool IsValidElementId(string? id) =>
        id is not null
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id.Length > Prefix.Length
        && id.AsSpan(Prefix.Length).IndexOfAnyExcept(Allowed) < 0;

    private static readonly System.Buffers.SearchValues<char> Allowed =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
}
