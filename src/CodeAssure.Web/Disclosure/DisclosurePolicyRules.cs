using System.Globalization;
using System.Text;
using CodeAssure.Checks.SecurityTxt;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// Turns the settings form into values security.txt can carry. URIs are judged by the project's RFC 9116 validator, so
/// what the settings page accepts is exactly what makes a valid security.txt.
/// </summary>
internal static class DisclosurePolicyRules
{
    public const int MaxContacts = 10;
    public const int MaxLongText = 10_000;

    private static readonly string[] ContactSchemes = ["mailto:", "https:", "tel:"];

    // Any instant works: only the URI in the probe is judged, and the Expires line just keeps the probe complete.
    private static readonly DateTimeOffset ProbeTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The stored contacts, one URI per line.</summary>
    public static IEnumerable<string> ContactLines(string contacts) =>
        contacts.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Contact URIs, one per line: at least one, each mailto:, https: or tel:.</summary>
    public static string Contacts(string field, string? value)
    {
        var lines = (value ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            throw new InvalidInputException(field, "At least one contact is required: a mailto:, https: or tel: URI, one per line.");
        }

        if (lines.Length > MaxContacts)
        {
            throw new InvalidInputException(field, $"At most {MaxContacts} contacts, one per line.");
        }

        foreach (var (line, index) in lines.Select((l, i) => (l, i + 1)))
        {
            if (!ContactSchemes.Any(s => line.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidInputException(field, $"Contact {index} ({Shorten(line)}) must be a mailto:, https: or tel: URI (RFC 9116 section 2.5.3), e.g. mailto:security@example.com.");
            }

            Uri(field, "Contact", line, $"Contact {index}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>An optional https URL (the policy page).</summary>
    public static string? HttpsUrl(string field, string? value, string label)
    {
        var url = Input.Optional(field, value, 2000, label);
        if (url is null)
        {
            return null;
        }

        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException(field, $"{label} must be an https:// URL.");
        }

        Uri(field, "Policy", url, label);
        return url;
    }

    /// <summary>An optional Encryption URI: an https URL of the key, or dns: / openpgp4fpr: as RFC 9116 section 2.5.4 allows.</summary>
    public static string? EncryptionUri(string field, string? value)
    {
        var uri = Input.Optional(field, value, 2000, "The encryption key URI");
        if (uri is not null)
        {
            Uri(field, "Encryption", uri, "The encryption key URI");
        }

        return uri;
    }

    /// <summary>Optional comma-separated RFC 5646 language tags, normalised to "en, fr".</summary>
    public static string? Languages(string field, string? value)
    {
        var text = Input.Optional(field, value, 200, "Preferred languages");
        if (text is null)
        {
            return null;
        }

        var tags = text.Split(',', StringSplitOptions.TrimEntries);
        foreach (var tag in tags)
        {
            if (tag.Length == 0 || !LanguageTag.IsWellFormed(tag))
            {
                throw new InvalidInputException(field, $"Preferred languages must be RFC 5646 language tags separated by commas, e.g. en, fr-CA; {Shorten(tag)} is not one.");
            }
        }

        return string.Join(", ", tags);
    }

    /// <summary>Optional multi-line text (line breaks and tabs allowed, other control characters not).</summary>
    public static string? LongText(string field, string? value, int maxLength, string label)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            throw new InvalidInputException(field, $"{label} must be at most {maxLength:N0} characters (it has {text.Length:N0}).");
        }

        if (text.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            throw new InvalidInputException(field, $"{label} must not contain control characters.");
        }

        return text;
    }

    /// <summary>A whole number of working days in a range.</summary>
    public static int Days(string field, string? value, int max, string label) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1 && days <= max
            ? days
            : throw new InvalidInputException(field, $"{label} must be a whole number of working days from 1 to {max}.");

    private static void Uri(string field, string securityTxtField, string value, string label)
    {
        if (value.Length > 2000 || value.Any(char.IsControl))
        {
            throw new InvalidInputException(field, $"{label} must be one URI of at most 2000 characters.");
        }

        var probe = $"{securityTxtField}: {value}\nExpires: 2000-06-01T00:00:00Z\n";
        if (securityTxtField != "Contact")
        {
            probe = "Contact: mailto:probe@example.com\n" + probe;
        }

        var result = SecurityTxtValidator.Validate(Encoding.UTF8.GetBytes(probe), ProbeTime);
        if (result.Errors.FirstOrDefault() is { } error)
        {
            throw new InvalidInputException(field, $"{label}: {error.Message}.");
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? $"'{value}'" : $"'{value[..60]}…'";
}
