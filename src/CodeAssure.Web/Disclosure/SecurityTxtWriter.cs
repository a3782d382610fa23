using System.Globalization;
using System.Text;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// Writes an organisation's security.txt (RFC 9116) from its disclosure settings. Web URIs the server makes up itself
/// (Canonical, CSAF and the report form as Policy) are written only when the public address is https, because RFC 9116
/// section 2.5 requires https for them: a plain-http development server publishes a file that is still valid.
/// </summary>
internal static class SecurityTxtWriter
{
    /// <summary>The file's text, with LF line endings and Expires at <paramref name="expires"/>.</summary>
    /// <param name="policy">The organisation's settings.</param>
    /// <param name="slug">The organisation's URL name.</param>
    /// <param name="baseUrl">The server's public address, ending in '/'.</param>
    /// <param name="servedAt">The absolute URL the file is served at (its Canonical).</param>
    /// <param name="expires">When the file goes stale.</param>
    public static string Write(DisclosurePolicy policy, string slug, Uri baseUrl, Uri servedAt, DateTimeOffset expires)
    {
        var https = baseUrl.Scheme == Uri.UriSchemeHttps;
        var text = new StringBuilder();
        text.Append("# Vulnerability disclosure contact for ").Append(slug).Append(" (RFC 9116), published by CodeAssure.\n");
        foreach (var contact in DisclosurePolicyRules.ContactLines(policy.Contacts))
        {
            Field(text, "Contact", contact);
        }

        Field(text, "Expires", expires.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (policy.EncryptionUrl is { Length: > 0 } encryption)
        {
            Field(text, "Encryption", encryption);
        }

        if (policy.PreferredLanguages is { Length: > 0 } languages)
        {
            Field(text, "Preferred-Languages", languages);
        }

        if (policy.PolicyUrl is { Length: > 0 } policyUrl)
        {
            Field(text, "Policy", policyUrl);
        }
        else if (https && policy.ReportFormEnabled)
        {
            Field(text, "Policy", new Uri(baseUrl, $"trust/{slug}/report").AbsoluteUri);
        }

        if (https)
        {
            Field(text, "Canonical", servedAt.AbsoluteUri);
            Field(text, "CSAF", new Uri(baseUrl, $"trust/{slug}/.well-known/csaf/provider-metadata.json").AbsoluteUri);
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string value) => text.Append(name).Append(": ").Append(value).Append('\n');
}
