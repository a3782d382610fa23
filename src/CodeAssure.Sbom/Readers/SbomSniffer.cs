using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Readers;

/// <summary>Recognises a document's serialization from its first bytes.</summary>
internal static partial class SbomSniffer
{
    /// <summary>The first byte that is not a UTF-8 byte-order mark or whitespace; null if there is none.</summary>
    public static byte? FirstSignificantByte(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith("\uFEFF"u8))
        {
            prefix = prefix[3..];
        }

        var index = prefix.IndexOfAnyExcept(" \t\r\n"u8);
        return index < 0 ? null : prefix[index];
    }

    public static bool IsUtf16(ReadOnlySpan<byte> prefix) =>
        prefix.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) || prefix.StartsWith(stackalloc byte[] { 0xFE, 0xFF });

    /// <summary>SPDX tag-value: a line "SPDXVersion: …" near the top.</summary>
    public static bool LooksLikeTagValue(ReadOnlySpan<byte> prefix) => TagValuePattern().IsMatch(Decode(prefix));

    /// <summary>SPDX YAML: a top-level key spdxVersion.</summary>
    public static bool LooksLikeSpdxYaml(ReadOnlySpan<byte> prefix) => YamlPattern().IsMatch(Decode(prefix));

    public static SbomFormatException Unrecognised(ReadOnlySpan<byte> prefix, string sourceName)
    {
        var text = Decode(prefix);
        var start = text.AsSpan().IndexOfAnyExcept(" \t\r\n\uFEFF");
        var before = text.AsSpan(0, Math.Max(start, 0));
        var line = before.Count('\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        return new SbomFormatException(sourceName, line, column,
            "not a recognised SBOM: expected CycloneDX (JSON or XML) or SPDX (JSON, YAML, XML, tag-value or 3.0 JSON-LD)");
    }

    private static string Decode(ReadOnlySpan<byte> prefix) => Encoding.UTF8.GetString(prefix);

    [GeneratedRegex(@"^SPDXVersion:[ \t]*\S", RegexOptions.Multiline)]
    private static partial Regex TagValuePattern();

    [GeneratedRegex("""^['"]?spdxVersion['"]?[ \t]*:""", RegexOptions.Multiline)]
    private static partial Regex YamlPattern();
}
