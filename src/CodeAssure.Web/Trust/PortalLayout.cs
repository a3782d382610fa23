using System.Globalization;

namespace CodeAssure.Web.Trust;

/// <summary>What the portal layout and pages share: the view-data keys and how dates are written.</summary>
internal static class PortalLayout
{
    /// <summary>The view-data key of the organisation whose portal is shown.</summary>
    public const string VendorKey = "PortalVendor";

    /// <summary>The view-data key of the current section (for <c>aria-current</c> in the navigation).</summary>
    public const string SectionKey = "PortalSection";

    /// <summary>A date as ISO 8601 (unambiguous for every reader).</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A time's UTC date.</summary>
    public static string Date(DateTimeOffset? time) => time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    /// <summary>A time in UTC to the minute.</summary>
    public static string Time(DateTimeOffset? time) => time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    /// <summary>A CVSS base score with one decimal.</summary>
    public static string Score(double? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";
}
