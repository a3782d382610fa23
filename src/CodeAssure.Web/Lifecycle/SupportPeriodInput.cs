namespace CodeAssure.Web.Lifecycle;

/// <summary>A support period as typed in a form or sent to the API, before it is checked.</summary>
/// <param name="Versions">The version or version line (<c>2.4.1</c>, <c>2.x</c>).</param>
/// <param name="Level">full, security-fixes-only or none.</param>
/// <param name="StartsOn">First day (YYYY-MM-DD).</param>
/// <param name="EndsOn">Last day (YYYY-MM-DD), or empty while open-ended.</param>
/// <param name="ShortNoticeJustification">Why an end less than 365 days away is acceptable (recorded as a gap against 4.2).</param>
internal sealed record SupportPeriodInput(string? Versions, string? Level, string? StartsOn, string? EndsOn, string? ShortNoticeJustification);
