using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Sbom.Validation;

/// <summary>Checks purls with the full package-URL parser: the specification's syntax and its per-type rules.</summary>
internal sealed class PackageUrlSyntax : IPurlSyntax
{
    public string? Check(string purl) => PackageUrl.TryParse(purl, out _, out var error) ? null : error;

    /// <summary>The problem message for an invalid purl; the purl is shortened so a hostile value cannot flood the report.</summary>
    public static string Describe(string purl, string why) =>
        $"purl '{(purl.Length > 100 ? purl[..100] + "…" : purl)}' is invalid: {why}";
}
