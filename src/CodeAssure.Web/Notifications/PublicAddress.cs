using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CodeAssure.Web.Notifications;

/// <summary>The address links in emails, webhooks and feeds start with: configured, or the server's own.</summary>
internal sealed class PublicAddress(NotificationOptions options, IServer server)
{
    /// <summary>The base address, ending in '/'.</summary>
    public Uri BaseUrl
    {
        get
        {
            if (options.PublicBaseUrl is { } configured)
            {
                return configured;
            }

            var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost/";
            first = first.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
            return new Uri(new Uri(first).GetLeftPart(UriPartial.Authority) + "/");
        }
    }

    /// <summary>An absolute link for a server path such as <c>/trust/acme/advisories/x</c>.</summary>
    public Uri Link(string path) => new(BaseUrl, path.TrimStart('/'));
}
