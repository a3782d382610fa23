namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Checks that a package URL is well formed. Kept behind this interface so the full <c>PackageUrl</c> parser can
/// be swapped in tests without touching the validators.
/// </summary>
internal interface IPurlSyntax
{
    /// <summary>Null when <paramref name="purl"/> is well formed, otherwise what is wrong with it.</summary>
    string? Check(string purl);
}
