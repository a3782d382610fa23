using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Lifecycle;

/// <summary>The lower-case, hyphenated names the API, the pages and support.json use for lifecycle enums.</summary>
internal static class LifecycleNames
{
    public static string Of(SupportLevel level) => level switch
    {
        SupportLevel.Full => "full",
        SupportLevel.SecurityFixesOnly => "security-fixes-only",
        _ => "none",
    };

    public static string Of(SupportNoticeKind kind) => kind == SupportNoticeKind.LevelChange ? "level-change" : "end-of-support";

    public static string Of(IncidentStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    public static SupportLevel Level(string field, string? value) => Normalise(value) switch
    {
        "full" => SupportLevel.Full,
        "security-fixes-only" or "securityfixesonly" or "security" => SupportLevel.SecurityFixesOnly,
        "none" => SupportLevel.None,
        _ => throw new InvalidInputException(field, "The support level must be one of: full, security-fixes-only, none."),
    };

    public static SupportNoticeKind NoticeKind(string field, string? value) => Normalise(value) switch
    {
        "end-of-support" or "endofsupport" or "" => SupportNoticeKind.EndOfSupport,
        "level-change" or "levelchange" => SupportNoticeKind.LevelChange,
        _ => throw new InvalidInputException(field, "The notice kind must be end-of-support or level-change."),
    };

    public static IncidentStatus Status(string field, string? value) => Normalise(value) switch
    {
        "investigating" => IncidentStatus.Investigating,
        "contained" => IncidentStatus.Contained,
        "resolved" => IncidentStatus.Resolved,
        _ => throw new InvalidInputException(field, "The status must be one of: investigating, contained, resolved."),
    };

    public static FindingSeverity Severity(string field, string? value) => Normalise(value) switch
    {
        "unknown" => FindingSeverity.Unknown,
        "none" => FindingSeverity.None,
        "low" => FindingSeverity.Low,
        "medium" => FindingSeverity.Medium,
        "high" => FindingSeverity.High,
        "critical" => FindingSeverity.Critical,
        _ => throw new InvalidInputException(field, "The severity must be one of: unknown, none, low, medium, high, critical."),
    };

    private static string Normalise(string? value) => (value ?? "").Trim().ToLowerInvariant();
}
