using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>A supplier portal on Kestrel at 127.0.0.1 and a free port serving whatever files a test puts in it (404 otherwise).</summary>
internal sealed class FeedsFakePortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private FeedsFakePortal(WebApplication app) => _app = app;

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Origin { get; private set; } = null!;

    /// <summary>The portal address, <c>{origin}/trust/acme</c>.</summary>
    public string Portal => new Uri(Origin, "/trust/acme").AbsoluteUri;

    /// <summary>Serves <paramref name="content"/> at the path under the portal (e.g. <c>/support.json</c>).</summary>
    public void Put(string pathUnderPortal, string content) => _files["/trust/acme" + pathUnderPortal] = System.Text.Encoding.UTF8.GetBytes(content);

    public void Put(string pathUnderPortal, byte[] content) => _files["/trust/acme" + pathUnderPortal] = content;

    public static async Task<FeedsFakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var portal = new FeedsFakePortal(app);
        app.Run(async context =>
        {
            if (!portal._files.TryGetValue(context.Request.Path.Value ?? "", out var body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        portal.Origin = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
