using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// The RFC 3339 section 5.6 <c>date-time</c>: full-date "T" full-time with a mandatory offset ("Z" or ±hh:mm),
/// letters in either case (section 5.6 note), and a space accepted in place of "T", which the same note allows
/// applications to choose "for the sake of readability" (the caller decides whether to warn).
/// </summary>
public static partial class Rfc3339DateTime
{
    /// <summary>Parses an RFC 3339 date-time; returns false (and no value) for anything else.</summary>
    /// <param name="text">The text, exactly (no surrounding white space).</param>
    /// <param name="value">The instant, with the offset as written.</param>
    /// <param name="usesSpaceSeparator">Whether a space separated the date from the time instead of "T".</param>
    public static bool TryParse(string text, out DateTimeOffset value, out bool usesSpaceSeparator)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        usesSpaceSeparator = false;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        int Number(string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var (year, month, day) = (Number("year"), Number("month"), Number("day"));
        var (hour, minute, second) = (Number("hour"), Number("minute"), Number("second"));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups["offsetHour"].Success)
        {
            var (offsetHour, offsetMinute) = (Number("offsetHour"), Number("offsetMinute"));
            if (offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offset = new TimeSpan(offsetHour, offsetMinute, 0);
            offset = match.Groups["sign"].Value == "-" ? -offset : offset;
        }

        var fraction = match.Groups["fraction"].Success
            ? TimeSpan.FromTicks((long)(double.Parse("0" + match.Groups["fraction"].Value[..Math.Min(8, match.Groups["fraction"].Length)], CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond))
            : TimeSpan.Zero;

        // A leap second (":60") is the instant after ":59" ends; DateTimeOffset has no 60th second.
        var leap = second == 60 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero;
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset) + fraction + leap;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // e.g. 0001-01-01T00:00:00+01:00 is before DateTimeOffset.MinValue in UTC
        }

        usesSpaceSeparator = match.Groups["separator"].Value == " ";
        return true;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?<separator>[Tt ])(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})(?<fraction>\.[0-9]+)?(?:[Zz]|(?<sign>[+-])(?<offsetHour>[0-9]{2}):(?<offsetMinute>[0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
