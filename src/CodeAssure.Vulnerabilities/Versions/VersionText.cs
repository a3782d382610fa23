using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// The checks every ecosystem shares before its own grammar: a version is non-empty, at most
/// <see cref="MaxLength"/> characters, has no control characters or inner whitespace; surrounding whitespace is
/// ignored (every tool here trims or skips it).
/// </summary>
internal static class VersionText
{
    /// <summary>Longer strings are rejected: no real version is this long (npm's own limit is 256).</summary>
    public const int MaxLength = 256;

    public static bool TryCheck(string? text, [NotNullWhen(true)] out string? trimmed, [NotNullWhen(false)] out string? error)
    {
        trimmed = null;
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            error = "version is empty";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"version is longer than {MaxLength} characters";
            return false;
        }

        var value = text.Trim();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                error = $"'{Printable(value)}' contains a control character at position {i + 1}";
                return false;
            }

            if (char.IsWhiteSpace(c))
            {
                error = $"'{value}' contains whitespace at position {i + 1}";
                return false;
            }
        }

        trimmed = value;
        error = null;
        return true;
    }

    /// <summary>Builds the error text "'version' is not a valid X version: reason".</summary>
    public static string Invalid(string ecosystem, string text, string reason) => $"'{text}' is not a valid {ecosystem} version: {reason}";

    public static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Numbers are compared at any length: a version number's width limit in one tool is no reason to misorder.</summary>
    public static BigInteger Number(ReadOnlySpan<char> digits) =>
        digits.IsEmpty ? BigInteger.Zero : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
