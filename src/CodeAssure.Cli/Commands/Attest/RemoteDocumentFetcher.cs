using System.Net.Sockets;

namespace CodeAssure.Cli.Commands.Attest;

/// <summary>
/// Fetches an attestation, bundle or key set: https, or plain http to the local machine only (keys fetched in clear
/// from elsewhere could be swapped on the way); 15 s for the whole exchange, no redirects, and at most
/// <c>maxBytes</c> read whatever Content-Length says.
/// </summary>
internal sealed class RemoteDocumentFetcher : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly HttpClient _client;

    public RemoteDocumentFetcher()
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = Timeout };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("codeassure-attest/0.1");
    }

    public static bool IsAllowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || url.Host == "localhost"));

    public async Task<byte[]> FetchAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            using var response = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new RemoteFetchException($"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            {
                throw new RemoteFetchException($"{url}: {length} bytes is more than the limit of {maxBytes} bytes");
            }

            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new RemoteFetchException($"{url}: the response is larger than the limit of {maxBytes} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RemoteFetchException($"{url}: no complete response within {Timeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e)
        {
            var cause = e.InnerException is SocketException s ? s.Message : e.Message;
            throw new RemoteFetchException($"{url}: unreachable ({CliApp.OneLine(cause)})", e);
        }
    }

    public void Dispose() => _client.Dispose();
}
