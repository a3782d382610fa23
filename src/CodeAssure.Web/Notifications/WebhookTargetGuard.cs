using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// Keeps webhooks from being pointed at the server's own network (SSRF): targets must be https and must resolve to
/// public addresses only, checked when a subscription is made and again on every connection (so a DNS answer that
/// changes after the check cannot redirect a delivery inward). <c>Notifications:AllowPrivateWebhookTargets</c> lifts
/// the address rule for private deployments and tests.
/// </summary>
internal sealed class WebhookTargetGuard(NotificationOptions options)
{
    /// <summary>Parses a webhook URL typed by a user; throws <see cref="InvalidInputException"/> saying what is wrong.</summary>
    public async Task<Uri> ParseAsync(string field, string? value, CancellationToken cancellationToken)
    {
        var text = Input.Required(field, value, 2000, "The webhook URL");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidInputException(field, "The webhook URL must be an absolute https:// address.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !options.AllowHttp)
        {
            throw new InvalidInputException(field, "The webhook URL must use https://, so that payloads and signatures are not sent in clear.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidInputException(field, "The webhook URL must not contain a user name or password; deliveries are signed instead.");
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidInputException(field, "The webhook URL must not contain a #fragment.");
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(uri.IdnHost, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            throw new InvalidInputException(field, $"The webhook host {uri.Host} cannot be resolved.");
        }

        if (!options.AllowPrivateWebhookTargets && (addresses.Length == 0 || !addresses.All(IsPublic)))
        {
            throw new InvalidInputException(field, $"The webhook host {uri.Host} resolves to a loopback, private or link-local address; webhooks must reach a public address.");
        }

        return uri;
    }

    /// <summary>Connects a webhook delivery only to allowed addresses (the <see cref="SocketsHttpHandler.ConnectCallback"/>).</summary>
    public ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken) =>
        ConnectAsync(context, options.AllowPrivateWebhookTargets, cancellationToken);

    /// <summary>
    /// Connects to the request's host on public addresses only, resolved now (so a DNS answer that changed after an
    /// earlier check cannot point the connection inward), or on any address when <paramref name="allowPrivate"/>.
    /// For any server-side fetch of a user-supplied address, as a <see cref="SocketsHttpHandler.ConnectCallback"/>.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = allowPrivate ? addresses : addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"refused to connect: {host} resolves only to loopback, private or link-local addresses");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet (not loopback, private, link-local, shared, multicast or reserved).</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 ||
                (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||
                (b[0] == 169 && b[1] == 254) ||
                (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||
                (b[0] == 192 && b[1] == 168) ||
                (b[0] == 192 && b[1] == 0 && b[2] == 0) ||
                (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal ||
            address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) embeds an IPv4 address, which must be public itself.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }

        // Only global unicast (2000::/3) is public.
        return (bytes[0] & 0xE0) == 0x20;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
}
