using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CodeAssure.Checks.Tests.SecurityTxt;

/// <summary>A tiny HTTP server on 127.0.0.1 serving fixed responses by path, for fetch tests without the internet.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerResponse, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Serve(string path, string body, string? contentType = "text/plain; charset=utf-8", int status = 200) =>
        Serve(path, Encoding.UTF8.GetBytes(body), contentType, status);

    public void Serve(string path, byte[] body, string? contentType, int status = 200) =>
        _routes[path] = async response =>
        {
            response.StatusCode = status;
            if (contentType is not null)
            {
                response.ContentType = contentType;
            }

            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
        };

    public void Redirect(string path, string location) =>
        _routes[path] = response =>
        {
            response.StatusCode = 302;
            response.RedirectLocation = location;
            return Task.CompletedTask;
        };

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception; nothing to report.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var response = context.Response;
            try
            {
                if (_routes.TryGetValue(context.Request.Url!.AbsolutePath, out var handler))
                {
                    await handler(response);
                }
                else
                {
                    response.StatusCode = 404;
                }
            }
            catch (HttpListenerException)
            {
                // The client went away (e.g. it stopped reading at 64 KiB).
            }
            finally
            {
                try
                {
                    response.Close();
                }
                catch (HttpListenerException)
                {
                }
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
