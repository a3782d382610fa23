namespace CodeAssure.Web.Suppliers;

/// <summary>
/// A supplier's trust portal (<c>…/trust/{slug}</c> on a CodeAssure server) and the documents it publishes. Parsed
/// from the portal's address or from the address of anything under it (e.g. an attestation's
/// <c>…/trust/{slug}/attestations/{id}.json</c>), so a user can paste either.
/// </summary>
internal sealed record SupplierPortalAddress
{
    private SupplierPortalAddress(Uri portal) => Portal = portal;

    /// <summary>The portal's base address, without a trailing slash (e.g. <c>https://vendor.example/trust/acme</c>).</summary>
    public Uri Portal { get; }

    /// <summary>The JWK Set of the supplier's attestation keys.</summary>
    public Uri KeySet => Under("/.well-known/jwks.json");

    /// <summary>The CSAF provider metadata (CSAF 2.0 section 7.1.1).</summary>
    public Uri CsafProviderMetadata => Under("/.well-known/csaf/provider-metadata.json");

    /// <summary>The support lifecycle portfolio (<c>support.json</c>, docs/lifecycle.md).</summary>
    public Uri SupportLifecycle => Under("/support.json");

    /// <summary>The organisation-wide Atom feed (advisories, support notices, incidents).</summary>
    public Uri Feed => Under("/feed.atom");

    /// <summary>An address under the portal, from a path starting with '/'.</summary>
    public Uri Under(string path) => new(Portal.AbsoluteUri + path);

    /// <summary>
    /// Parses a portal address, or the address of a document under one; throws <see cref="FormatException"/> saying
    /// what is wrong. The scheme and host rules (https, public addresses) are <see cref="SupplierPortalClient"/>'s.
    /// </summary>
    public static SupplierPortalAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 2000 || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new FormatException("The supplier's portal address must be an absolute https:// address of at most 2,000 characters.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new FormatException("The supplier's portal address must not contain a user name, a ?query or a #fragment.");
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var trust = Array.IndexOf(segments, "trust");
        if (trust < 0 || trust + 1 >= segments.Length || segments[trust + 1].StartsWith('.'))
        {
            throw new FormatException("The supplier's portal address must be a trust portal address such as https://vendor.example/trust/acme (or an address under it).");
        }

        var basePath = "/" + string.Join('/', segments[..(trust + 2)]);
        return new SupplierPortalAddress(new Uri(uri.GetLeftPart(UriPartial.Authority) + basePath));
    }

    /// <inheritdoc />
    public override string ToString() => Portal.AbsoluteUri;
}
