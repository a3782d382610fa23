using System.Globalization;
using CodeAssure.Advisories.Csaf.Validation;

namespace CodeAssure.Web.Advisories;

/// <summary>
/// Where a CSAF provider's files live under an organisation's trust portal (CSAF 2.0 section 7.1): the metadata at
/// <c>.well-known/csaf/provider-metadata.json</c> (7.1.9) and one directory, <c>csaf/</c>, with a folder per year of the
/// initial release date (7.1.11), <c>index.txt</c> (7.1.12) and <c>changes.csv</c> (7.1.13).
/// </summary>
internal static class CsafProviderLayout
{
    /// <summary>The directory, relative to the portal.</summary>
    public const string Directory = "csaf/";

    /// <summary>The provider metadata, relative to the portal.</summary>
    public const string ProviderMetadata = ".well-known/csaf/provider-metadata.json";

    /// <summary>The organisation's portal URL, ending in a slash so relative paths resolve under it.</summary>
    public static Uri Portal(HttpRequest request, string slug) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/trust/{Uri.EscapeDataString(slug)}/");

    /// <summary>A document's path inside the directory: <c>{yyyy}/{file name per section 5.1}</c>.</summary>
    public static string RelativePath(DateTimeOffset initialReleaseDate, string trackingId) =>
        string.Create(CultureInfo.InvariantCulture, $"{initialReleaseDate.UtcDateTime.Year:0000}/{CsafFileName.For(trackingId)}");

    /// <summary>A document's path relative to the portal.</summary>
    public static string DocumentPath(DateTimeOffset initialReleaseDate, string trackingId) =>
        Directory + RelativePath(initialReleaseDate, trackingId);
}
