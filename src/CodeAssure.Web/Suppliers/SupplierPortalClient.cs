using System.Net;
using System.Net.Sockets;
using CodeAssure.Web.Notifications;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// Reads documents from suppliers' portals: https only (plain http when <see cref="SupplierOptions.AllowHttp"/>),
/// public addresses only, checked on every connection so that a DNS answer cannot point a read inward (SSRF; lifted by
/// <see cref="SupplierOptions.AllowPrivateAddresses"/>), no redirects, a deadline for the whole exchange, and never more
/// than the caller's byte limit read whatever Content-Length says.
/// </summary>
internal sealed class SupplierPortalClient : IDisposable
{
    private readonly SupplierOptions _options;
    private readonly HttpClient _client;

    /// <summary>Creates the client (one per server: it pools connections).</summary>
    public SupplierPortalClient(SupplierOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = options.FetchTimeout,
            ConnectCallback = (context, ct) => WebhookTargetGuard.ConnectAsync(context, options.AllowPrivateAddresses, ct),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("CodeAssure-supplier-register/1.0");
    }

    /// <summary>
    /// Reads <paramref name="url"/> and returns its body; throws <see cref="SupplierFetchException"/> (with the status
    /// when the server answered other than 200) for a refused address, an unreachable or slow server, or a body over
    /// <paramref name="maxBytes"/>.
    /// </summary>
    public async Task<byte[]> GetAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        CheckScheme(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.FetchTimeout);
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new SupplierFetchException($"{url} answered HTTP {(int)response.StatusCode}{(response.StatusCode == HttpStatusCode.NotFound ? " (not found, or the supplier's portal is not public)" : "")}.")
                {
                    StatusCode = (int)response.StatusCode,
                };
            }

            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                throw new SupplierFetchException($"{url} is {length:N0} bytes, more than the limit of {maxBytes:N0} bytes.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new SupplierFetchException($"{url} is larger than the limit of {maxBytes:N0} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SupplierFetchException($"{url} gave no complete answer within {_options.FetchTimeout.TotalSeconds:0} s.", e);
        }
        catch (HttpRequestException e)
        {
            var cause = e.InnerException is SocketException s ? s.Message : (e.InnerException?.Message ?? e.Message);
            throw new SupplierFetchException($"{url} is unreachable: {cause.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private void CheckScheme(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && _options.AllowHttp))
        {
            return;
        }

        throw new SupplierFetchException($"{url} must use https://, so that keys and documents cannot be swapped on the way.");
    }
}
