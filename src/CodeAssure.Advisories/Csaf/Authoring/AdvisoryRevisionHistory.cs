using System.Globalization;
using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>
/// How an advisory's revision history grows, with semantic versions as CSAF 2.0 section 3.1.11.5 describes: drafts
/// are 0.y.z, the first publication is 1.0.0 (and drops the draft entries, which test 6.1.18 forbids in a final
/// document), and each later revision of a published advisory raises the minor version.
/// </summary>
public static class AdvisoryRevisionHistory
{
    /// <summary>The history of a new draft.</summary>
    public static IReadOnlyList<Revision> StartDraft(DateTimeOffset now) => [Entry(0, 1, now, "Initial draft.")];

    /// <summary>Whether the history belongs to an advisory that was published at least once.</summary>
    public static bool IsPublished(IReadOnlyList<Revision> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Any(r => r.Number is { IsZero: false });
    }

    /// <summary>Adds a draft revision after the draft was edited.</summary>
    public static IReadOnlyList<Revision> UpdateDraft(IReadOnlyList<Revision> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || IsPublished(history))
        {
            throw new InvalidOperationException("only a draft that was never published is edited as a draft");
        }

        var last = history[^1];
        return [.. history, Entry(0, (last.Number?.Minor ?? 0) + 1, Later(last, now), "Draft updated.")];
    }

    /// <summary>The history at first publication: one 1.0.0 entry.</summary>
    public static IReadOnlyList<Revision> Publish(IReadOnlyList<Revision> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (IsPublished(history))
        {
            throw new InvalidOperationException("the advisory is already published; revise it instead");
        }

        return [Entry(1, 0, history.Count == 0 ? now : Later(history[^1], now), "Initial public release.")];
    }

    /// <summary>Adds a revision to a published advisory.</summary>
    public static IReadOnlyList<Revision> Revise(IReadOnlyList<Revision> history, DateTimeOffset now, string summary)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        if (!IsPublished(history))
        {
            throw new InvalidOperationException("only a published advisory is revised");
        }

        var last = history[^1];
        var number = last.Number ?? DocumentVersion.Parse("1.0.0");
        return [.. history, Entry(number.Major, number.Minor + 1, Later(last, now), summary.Trim())];
    }

    private static Revision Entry(long major, long minor, DateTimeOffset date, string summary) => new()
    {
        Number = DocumentVersion.Parse(string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.0")),
        Date = date.ToUniversalTime(),
        Summary = summary,
    };

    // Test 6.1.14 needs dates and numbers in the same order, so a clock that went back must not reorder them.
    private static DateTimeOffset Later(Revision last, DateTimeOffset now) => now < last.Date ? last.Date : now;
}
