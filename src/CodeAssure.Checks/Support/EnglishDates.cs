using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.Support;

/// <summary>
/// Finds calendar dates in prose: ISO 8601 (2027-03-31, and 2027-03 meaning the month's last day), day-month-year
/// ("31 March 2027", "31st Mar 2027"), month-day-year ("March 31, 2027"), month and year ("March 2027": the last day
/// of the month, since support "until March 2027" lasts through it) and numeric dates, read day first as in the UK
/// ("31/03/2027"). Impossible dates (31 February) are not dates.
/// </summary>
internal static partial class EnglishDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date found in text, and where.</summary>
    /// <param name="Index">Where it starts.</param>
    /// <param name="Length">How long the matched text is.</param>
    /// <param name="Date">The date.</param>
    public readonly record struct Found(int Index, int Length, DateOnly Date);

    /// <summary>Every date in the text, in order; overlapping readings keep the earliest, longest one.</summary>
    public static List<Found> FindAll(string text)
    {
        var found = new List<Found>();
        try
        {
            foreach (Match m in Pattern().Matches(text))
            {
                if (ToDate(m) is { } date)
                {
                    found.Add(new Found(m.Index, m.Length, date));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: no dates rather than a stalled scan.
        }

        return found;
    }

    /// <summary>A strict ISO 8601 calendar date (YYYY-MM-DD), as the lifecycle file requires.</summary>
    public static DateOnly? ParseIso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly? ToDate(Match m)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (m.Groups["mon"].Success)
        {
            var prefix = m.Groups["mon"].Value[..3].ToLowerInvariant();
            month = Array.IndexOf(Months, prefix) + 1;
        }
        else
        {
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || year is < 1900 or > 2200)
        {
            return null;
        }

        var lastDay = DateTime.DaysInMonth(year, month);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : lastDay;
        return day >= 1 && day <= lastDay ? new DateOnly(year, month, day) : null;
    }

    private const string MonthName =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"\b(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?(?![\d-])"
        + @"|\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<y>\d{4})\b"
        + @"|\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b"
        + @"|\b" + MonthName + @",?\s+(?<y>\d{4})\b"
        + @"|\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
