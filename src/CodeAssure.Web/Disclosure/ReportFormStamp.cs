using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// The signed stamp in the report form's hidden field: which organisation's form, when it was served, and a one-time
/// id. Data Protection encrypts and authenticates it, so a bot can neither forge an older time to skip the minimum
/// fill time nor reuse one stamp for many reports (the id is stored with the report, and is unique).
/// </summary>
internal sealed class ReportFormStamp(IDataProtectionProvider protection, TimeProvider time, DisclosureSettings settings)
{
    private readonly IDataProtector _protector = protection.CreateProtector("CodeAssure.Disclosure.ReportForm.v1");

    /// <summary>A stamp for a form served now.</summary>
    public string Issue(Guid organisationId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture,
            $"{organisationId:N}|{time.GetUtcNow().ToUnixTimeMilliseconds()}|{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}"));

    /// <summary>The stamp's one-time id, when the stamp is genuine, for this organisation, old enough and not expired.</summary>
    /// <exception cref="ReportRefusedException">The stamp is missing, forged, too fresh or too old.</exception>
    public string Check(string? stamp, Guid organisationId)
    {
        string[] parts;
        try
        {
            parts = string.IsNullOrEmpty(stamp) || stamp.Length > 1000 ? [] : _protector.Unprotect(stamp).Split('|');
        }
        catch (CryptographicException)
        {
            parts = [];
        }

        if (parts.Length != 3 || parts[0] != organisationId.ToString("N") ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issuedMs))
        {
            throw new ReportRefusedException(StatusCodes.Status400BadRequest,
                "The form could not be verified (it was changed, or comes from another page). Reload the report form and send your report again.");
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(issuedMs);
        if (age < settings.MinimumFillTime)
        {
            throw new ReportRefusedException(StatusCodes.Status400BadRequest,
                $"The form was sent too quickly after it was opened, as automated submissions are. Check your report and send it again (wait at least {settings.MinimumFillTime.TotalSeconds:0} seconds after opening the form).");
        }

        if (age > settings.FormLifetime)
        {
            throw new ReportRefusedException(StatusCodes.Status400BadRequest,
                "The form has expired (it was opened more than a day ago). Copy your text, reload the report form and send it again.");
        }

        return parts[2];
    }
}
