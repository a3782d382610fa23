using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The revision history as several tests need it: sorted ascending by date, keeping each item's index.</summary>
internal static class RevisionHistory
{
    /// <summary>The items sorted by date; items with the same date keep their document order (a stable sort).</summary>
    public static IReadOnlyList<(Revision Revision, int Index)> ByDate(CsafDocument document) =>
        document.Document.Tracking.RevisionHistory.Select((r, i) => (r, i)).OrderBy(item => item.r.Date).ToList();
}
