namespace CodeAssure.Web.Triage;

/// <summary>
/// Findings that fell due in a month (up to now), how many of them were resolved by their due date, and the rate
/// (null when nothing fell due).
/// </summary>
internal sealed record MonthlyCompliance(string Month, int Due, int MetOnTime, double? Rate);
