using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The revision history as several tests need it: sorted ascending by date, keeping each item's index.</summary>
internal static class RevisionHistory
{
    /// <summary>
    /// The items sorted by date. Items of the same date are ordered by version number: the date alone does not say
    /// which came last, and the specification's tests expect the higher number to be the later one.
    /// </summary>
    public static IReadOnlyList<(Revision Revision, int Index)> ByDate(CsafDocument document) =>
        document.Document.Tracking.RevisionHistory.Select((r, i) => (r, i))
            .OrderBy(item => item.r.Date)
            .ThenBy(item => item.r.Number)
            .ToList();
}
