using System.Net;

namespace CodeAssure.Web.Security;

/// <summary>
/// Cookies are always Secure, except when every listening address is plain http on a loopback address: then browsers
/// on the same machine (development, tests) could not send a Secure cookie back over http, and nothing leaves the host.
/// </summary>
internal static class CookieSecurity
{
    public static CookieSecurePolicy PolicyFor(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsPlainLoopback)
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

    private static bool IsPlainLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
