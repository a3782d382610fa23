using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>A webhook endpoint on Kestrel at 127.0.0.1 and a free port that records each POST and answers as told.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The status code answered (200 unless a test makes the receiver fail).</summary>
    public int Status { get; set; } = 200;

    /// <summary>How long to wait before answering (a test sets it longer than the server's timeout).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>A Location header to answer with (with a 3xx <see cref="Status"/>), or null.</summary>
    public Uri? Location { get; set; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public Uri Url { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            if (receiver.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(receiver.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.StatusCode(499);
                }
            }

            receiver._received.Enqueue(new ReceivedWebhook(headers, body, receiver.Status));
            if (receiver.Location is { } location)
            {
                context.Response.Headers.Location = location.AbsoluteUri;
            }

            return Results.StatusCode(receiver.Status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the webhook receiver got, and the status it answered.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus);
