using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CodeAssure.TestSupport;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port, for tests of code that fetches over HTTP: serves fixed responses by
/// path (404 otherwise) and records every request's headers. Nothing leaves the machine.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly int _port;
    private readonly IReadOnlyDictionary<string, Response> _responses;

    private LocalHttpServer(HttpListener listener, int port, IReadOnlyDictionary<string, Response> responses)
    {
        _listener = listener;
        _port = port;
        _responses = responses;
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>A response: status, body, content type and extra headers; <see cref="OnRequest"/> may answer instead.</summary>
    public sealed record Response(byte[] Body, string ContentType = "application/octet-stream", int Status = 200)
    {
        /// <summary>Extra response headers (e.g. ETag).</summary>
        public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

        /// <summary>Decides the response from the request (e.g. 304 for a matching If-None-Match); null keeps this one.</summary>
        public Func<HttpListenerRequest, Response?>? OnRequest { get; init; }
    }

    /// <summary>Every request received, in order: path and headers.</summary>
    public ConcurrentQueue<(string Path, WebHeaderCollection Headers)> Requests { get; } = new();

    /// <summary>The absolute URL of a path on this server.</summary>
    public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    /// <summary>Starts the server with responses by path.</summary>
    public static LocalHttpServer Start(IReadOnlyDictionary<string, Response> responses)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return new LocalHttpServer(listener, port, responses);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue((path, (WebHeaderCollection)context.Request.Headers));
            using var response = context.Response;
            if (!_responses.TryGetValue(path, out var answer))
            {
                response.StatusCode = 404;
                continue;
            }

            answer = answer.OnRequest?.Invoke(context.Request) ?? answer;
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            foreach (var (name, value) in answer.Headers)
            {
                response.Headers[name] = value;
            }

            if (answer.Status is 200)
            {
                response.ContentLength64 = answer.Body.Length;
                await response.OutputStream.WriteAsync(answer.Body).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }
}
