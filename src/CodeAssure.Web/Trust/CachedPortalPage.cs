namespace CodeAssure.Web.Trust;

/// <summary>A rendered public portal page, valid while its organisation's stamp is <paramref name="Version"/>.</summary>
/// <param name="Version">The <see cref="PortalStamp.Version"/> it was rendered under.</param>
/// <param name="Body">The response body.</param>
/// <param name="ContentType">The response content type.</param>
/// <param name="ETag">The strong entity tag of the body (quoted).</param>
internal sealed record CachedPortalPage(string Version, byte[] Body, string ContentType, string ETag);
