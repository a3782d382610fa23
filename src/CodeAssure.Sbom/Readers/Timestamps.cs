using System.Globalization;

namespace CodeAssure.Sbom.Readers;

/// <summary>Reads the ISO 8601 / RFC 3339 date-times both CycloneDX and SPDX use.</summary>
internal static class Timestamps
{
    public static DateTimeOffset? Parse(string? text, Func<string, SbomFormatException> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw error($"'{text}' is not a date-time (expected e.g. 2024-05-01T12:00:00Z)");
    }
}
