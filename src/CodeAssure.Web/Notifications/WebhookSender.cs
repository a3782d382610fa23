using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Notifications;

/// <summary>
/// POSTs signed webhook deliveries: JSON body, <c>X-CodeAssure-*</c> headers, a timeout, no redirects followed, and
/// connections only to addresses the <see cref="WebhookTargetGuard"/> allows.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The HttpClient owns and disposes the handler.")]
    public WebhookSender(WebhookTargetGuard guard, NotificationOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = options.WebhookTimeout,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("CodeAssure-Webhooks", "1"));
        _time = time;
        _timeout = options.WebhookTimeout;
    }

    /// <summary>Delivers the message signed with <paramref name="secret"/>; a failure becomes a failed outcome, never an exception.</summary>
    public async Task<DeliveryOutcome> SendAsync(OutboxMessage message, string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Uri.TryCreate(message.Target, UriKind.Absolute, out var target))
        {
            return DeliveryOutcome.Failed(null, "the webhook URL is not valid");
        }

        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.EventHeader, message.Subject);
        request.Headers.Add(WebhookSignature.DeliveryHeader, message.Id.ToString("D"));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, message.Body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? DeliveryOutcome.Delivered(status)
                : DeliveryOutcome.Failed(status, status is >= 300 and < 400
                    ? $"the receiver answered {status} (redirects are not followed)"
                    : $"the receiver answered {status} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Failed(null, $"timed out after {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Failed(null, OneLine(e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
