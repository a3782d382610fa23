using CodeAssure.Data.Entities;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace CodeAssure.Web.Notifications;

/// <summary>Sends outbox emails over SMTP with MailKit, one connection per message (notification volumes are small).</summary>
internal sealed class EmailSender(SmtpSettings settings)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends the message; never throws for a delivery problem, which becomes a failed outcome instead.</summary>
    public async Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailboxAddress.TryParse(message.Target, out var to))
        {
            return DeliveryOutcome.Failed(null, "the recipient is not a valid email address");
        }

        using var mime = new MimeMessage();
        mime.From.Add(settings.From);
        mime.To.Add(to);
        mime.Subject = OneLine(message.Subject);
        // The same id on every retry lets mail systems drop a duplicate if an attempt got through but looked failed.
        mime.MessageId = $"{message.Id:N}@codeassure";
        if (UnsubscribeLink(message.Body) is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        }

        mime.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken).ConfigureAwait(false);
            if (settings.Username is not null)
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return DeliveryOutcome.Delivered(250);
        }
        catch (SmtpCommandException e)
        {
            return DeliveryOutcome.Failed((int)e.StatusCode, $"SMTP server refused: {(int)e.StatusCode} {OneLine(e.Message)}");
        }
        catch (SmtpProtocolException e)
        {
            return DeliveryOutcome.Failed(null, "SMTP protocol error: " + OneLine(e.Message));
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException
            or System.Security.Authentication.AuthenticationException or ServiceNotConnectedException or TimeoutException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Failed(null, $"cannot reach SMTP server {settings.Host}:{settings.Port}: {OneLine(e.Message)}");
        }
    }

    /// <summary>The unsubscribe link written in a notification email's body, if any.</summary>
    public static string? UnsubscribeLink(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        const string Marker = "Unsubscribe: ";
        var at = body.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var link = body[(at + Marker.Length)..].Split('\n')[0].Trim();
        return Uri.TryCreate(link, UriKind.Absolute, out _) ? link : null;
    }

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
