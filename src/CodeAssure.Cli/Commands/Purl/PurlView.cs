using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Cli.Commands.Purl;

/// <summary>
/// The JSON shape of one parsed purl (<c>codeassure purl parse</c>): decoded components, absent ones omitted, and the
/// canonical string.
/// </summary>
internal sealed record PurlView(
    string Type,
    string? Namespace,
    string Name,
    string? Version,
    IReadOnlyDictionary<string, string>? Qualifiers,
    string? Subpath,
    string Canonical)
{
    public static PurlView From(PackageUrl purl) => new(
        purl.Type,
        purl.Namespace,
        purl.Name,
        purl.Version,
        purl.Qualifiers.IsEmpty ? null : purl.Qualifiers,
        purl.Subpath,
        purl.ToString());
}
