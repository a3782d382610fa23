using System.Globalization;
using MailKit.Security;
using MimeKit;

namespace CodeAssure.Web.Notifications;

/// <summary>Where email goes: the <c>Smtp</c> configuration section (<c>Host</c>, <c>Port</c>, <c>From</c>, <c>Username</c>, <c>Password</c>, <c>Security</c>).</summary>
internal sealed record SmtpSettings(string Host, int Port, MailboxAddress From, string? Username, string? Password, SecureSocketOptions Security)
{
    /// <summary>The settings, or null when no <c>Smtp:Host</c> is configured (email then waits in the outbox).</summary>
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Smtp");
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var portText = section["Port"];
        var port = 587;
        if (!string.IsNullOrWhiteSpace(portText) &&
            (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"Smtp:Port must be a port number from 1 to 65535, not '{portText}'.");
        }

        var fromText = section["From"];
        if (string.IsNullOrWhiteSpace(fromText) || !MailboxAddress.TryParse(fromText, out var from))
        {
            throw new InvalidOperationException("Smtp:From must be the sender's address, e.g. CodeAssure <notifications@example.com>.");
        }

        var securityText = section["Security"];
        var security = string.IsNullOrWhiteSpace(securityText)
            ? SecureSocketOptions.StartTls
            : securityText.Trim().ToLowerInvariant() switch
            {
                "none" => SecureSocketOptions.None,
                "starttls" => SecureSocketOptions.StartTls,
                "starttlswhenavailable" => SecureSocketOptions.StartTlsWhenAvailable,
                "sslonconnect" or "tls" => SecureSocketOptions.SslOnConnect,
                "auto" => SecureSocketOptions.Auto,
                _ => throw new InvalidOperationException($"Smtp:Security must be None, StartTls, StartTlsWhenAvailable, SslOnConnect or Auto, not '{securityText}'."),
            };
        var username = section["Username"];
        return new SmtpSettings(host.Trim(), port, from, string.IsNullOrEmpty(username) ? null : username, section["Password"], security);
    }
}
