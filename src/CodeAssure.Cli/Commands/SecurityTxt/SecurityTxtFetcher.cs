using System.Net;
using CodeAssure.Checks.SecurityTxt;

namespace CodeAssure.Cli.Commands.SecurityTxt;

/// <summary>
/// Fetches a security.txt over HTTPS (plain HTTP only for localhost, so tests can serve files locally): 10 s timeout,
/// at most 64 KiB read, at most 3 redirects, each checked, because RFC 9116 section 5.2 warns redirects may be hostile.
/// </summary>
internal sealed class SecurityTxtFetcher : IDisposable
{
    private const int MaxRedirects = 3;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient _client;

    public SecurityTxtFetcher()
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = Timeout };
        _client = new HttpClient(handler) { Timeout = Timeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("codeassure-securitytxt/0.1");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/plain");
    }

    /// <summary>Whether the URL may be fetched: https, or http to the local machine.</summary>
    public static bool IsAllowed(Uri url) => url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLocal(url));

    public async Task<FetchedSecurityTxt> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        // One deadline for the whole exchange, body included (HttpClient.Timeout stops at the headers here).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            return await FetchWithinDeadlineAsync(url, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SecurityTxtFetchException($"{url}: no complete response within {Timeout.TotalSeconds:0} s", e);
        }
    }

    private async Task<FetchedSecurityTxt> FetchWithinDeadlineAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            using var response = await SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (response.Headers.Location is not { } location)
                {
                    throw new SecurityTxtFetchException($"{current}: HTTP {(int)response.StatusCode} redirect without a Location header");
                }

                if (redirects == MaxRedirects)
                {
                    throw new SecurityTxtFetchException($"{url}: more than {MaxRedirects} redirects");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!IsAllowed(next))
                {
                    throw new SecurityTxtFetchException($"{current}: redirects to {next}, which is not https; security.txt MUST be served over https");
                }

                current = next;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SecurityTxtFetchException($"{current}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var content = await ReadCappedAsync(response, current, cancellationToken).ConfigureAwait(false);
            return new FetchedSecurityTxt(content, new SecurityTxtRetrieval(current, response.Content.Headers.ContentType?.ToString()));
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new SecurityTxtFetchException($"{url}: {e.Message}", e);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                // One byte past the limit lets the validator report the file as too large without reading all of it.
                var buffer = new byte[SecurityTxtValidator.MaxBytes + 1];
                var read = 0;
                while (read < buffer.Length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                return buffer[..read];
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new SecurityTxtFetchException($"{url}: {e.Message}", e);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsLocal(Uri url) => url.IsLoopback;
}
