using System.Globalization;
using System.Security.Cryptography;

namespace CodeAssure.Web.Disclosure;

/// <summary>
/// A disclosure report's tracking reference, <c>VDP-2026-7K3QX9</c>: the year received and six random characters from
/// an alphabet without look-alikes (no 0/O, 1/I/L, U), so a reporter can read it aloud or retype it from an email.
/// Random, not sequential, so a reference reveals nothing about how many reports an organisation receives.
/// </summary>
internal readonly record struct TrackingReference
{
    /// <summary>The characters of the random part.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private const int RandomLength = 6;

    private static readonly System.Buffers.SearchValues<char> AlphabetChars = System.Buffers.SearchValues.Create(Alphabet);

    private TrackingReference(string value) => Value = value;

    /// <summary>The reference as written, upper case.</summary>
    public string Value { get; }

    /// <summary>A new random reference for a report received in <paramref name="year"/>.</summary>
    public static TrackingReference New(int year) =>
        new(string.Create(CultureInfo.InvariantCulture, $"VDP-{year:D4}-{new string(RandomNumberGenerator.GetItems<char>(Alphabet, RandomLength))}"));

    /// <summary>Reads a reference as a reporter typed it (case and surrounding spaces ignored); false when it is not one.</summary>
    public static bool TryParse(string? text, out TrackingReference reference)
    {
        reference = default;
        var value = text?.Trim().ToUpperInvariant();
        if (value is null || value.Length != 4 + 4 + 1 + RandomLength || !value.StartsWith("VDP-", StringComparison.Ordinal) || value[8] != '-'
            || value.AsSpan(4, 4).ContainsAnyExceptInRange('0', '9')
            || value.AsSpan(9).ContainsAnyExcept(AlphabetChars))
        {
            return false;
        }

        reference = new TrackingReference(value);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
