using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Lifecycle;

/// <summary>Checks multi-line text (notices, descriptions): line breaks and tabs are allowed, other control characters are not.</summary>
internal static class MultilineText
{
    public static string Required(string field, string? value, int maxLength, string label) =>
        Optional(field, value, maxLength, label) ?? throw new InvalidInputException(field, $"{label} is required.");

    public static string? Optional(string field, string? value, int maxLength, string label)
    {
        var normalised = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (normalised.Length == 0)
        {
            return null;
        }

        if (normalised.Length > maxLength)
        {
            throw new InvalidInputException(field, $"{label} must be at most {maxLength} characters.");
        }

        return normalised.Any(c => char.IsControl(c) && c != '\n' && c != '\t')
            ? throw new InvalidInputException(field, $"{label} must not contain control characters.")
            : normalised;
    }
}
