using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Trust;

/// <summary>
/// A product's support as a customer sees it on one day: the periods in force that day (one per version line) and
/// those announced to start later. Computed from the day given, never from the clock, so date rules are testable.
/// </summary>
/// <param name="Product">The product.</param>
/// <param name="Current">Periods whose start is on or before the day and whose end (if any) is on or after it.</param>
/// <param name="Upcoming">Periods that start after the day.</param>
/// <param name="Ended">Periods that ended before the day.</param>
internal sealed record SupportStatus(Product Product, IReadOnlyList<SupportPeriod> Current, IReadOnlyList<SupportPeriod> Upcoming, IReadOnlyList<SupportPeriod> Ended)
{
    /// <summary>Sorts <paramref name="periods"/> (all of one product) around <paramref name="today"/>.</summary>
    public static SupportStatus On(Product product, IEnumerable<SupportPeriod> periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(periods);
        var ordered = periods.OrderBy(p => p.Versions, StringComparer.Ordinal).ThenBy(p => p.StartsOn).ToList();
        return new SupportStatus(
            product,
            ordered.Where(p => p.StartsOn <= today && (p.EndsOn is null || p.EndsOn >= today)).ToList(),
            ordered.Where(p => p.StartsOn > today).ToList(),
            ordered.Where(p => p.EndsOn is { } end && end < today).ToList());
    }

    /// <summary>The words for a support level: the status is always written out, never shown by colour alone.</summary>
    public static string Describe(SupportLevel level) => level switch
    {
        SupportLevel.Full => "Full support",
        SupportLevel.SecurityFixesOnly => "Security fixes only",
        _ => "Not supported",
    };

    /// <summary>A CSS class per level (a marker beside the words, for sighted readers who scan).</summary>
    public static string CssClass(SupportLevel level) => level switch
    {
        SupportLevel.Full => "status-full",
        SupportLevel.SecurityFixesOnly => "status-security",
        _ => "status-none",
    };
}
