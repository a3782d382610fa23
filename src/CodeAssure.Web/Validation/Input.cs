using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeAssure.Web.Validation;

/// <summary>Turns raw form or JSON values into checked values, with one clear message per rule broken.</summary>
internal static partial class Input
{
    public static string Required(string field, string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new InvalidInputException(field, $"{label} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new InvalidInputException(field, $"{label} must be at most {maxLength} characters.");
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new InvalidInputException(field, $"{label} must not contain control characters.");
        }

        return trimmed;
    }

    public static string? Optional(string field, string? value, int maxLength, string label) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(field, value, maxLength, label);

    public static string Slug(string field, string? value)
    {
        var slug = Required(field, value, 64, "The URL name");
        if (!SlugPattern().IsMatch(slug))
        {
            throw new InvalidInputException(field, "The URL name must be lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        return slug;
    }

    public static DateOnly Date(string field, string? value, string label) =>
        OptionalDate(field, value, label) ?? throw new InvalidInputException(field, $"{label} is required (YYYY-MM-DD).");

    public static DateOnly? OptionalDate(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidInputException(field, $"{label} must be a date written YYYY-MM-DD, e.g. 2026-05-31.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
