using System.Globalization;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Lifecycle;

/// <summary>Reads the moments of an incident: ISO 8601 with an offset, or a form's local date and time taken as UTC.</summary>
internal static class IncidentMoment
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static DateTimeOffset? Optional(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length <= 40)
        {
            if (DateTimeOffset.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var local))
            {
                return local;
            }

            if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"], CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal, out var withOffset))
            {
                return withOffset;
            }
        }

        throw new InvalidInputException(field, $"{label} must be a date and time written YYYY-MM-DDTHH:MM (UTC) or ISO 8601 with an offset, e.g. 2026-05-31T14:30Z.");
    }

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string ForInput(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
