namespace CodeAssure.Web.Lifecycle;

/// <summary>
/// Principle 4.2: customers are told of an end of support at least a year ahead. The issue fixes "a year" as 365 days,
/// counted from the day of announcement (UTC) to the last day of support.
/// </summary>
internal static class EndOfSupportRule
{
    public const int MinimumNoticeDays = 365;

    /// <summary>Days between announcing at <paramref name="announcedAt"/> and the last day of support.</summary>
    public static int DaysOfNotice(DateTimeOffset announcedAt, DateOnly endsOn) =>
        endsOn.DayNumber - DateOnly.FromDateTime(announcedAt.UtcDateTime).DayNumber;

    /// <summary>Whether announcing now gives less notice than the Code asks for.</summary>
    public static bool IsShortNotice(DateTimeOffset announcedAt, DateOnly endsOn) => DaysOfNotice(announcedAt, endsOn) < MinimumNoticeDays;
}
