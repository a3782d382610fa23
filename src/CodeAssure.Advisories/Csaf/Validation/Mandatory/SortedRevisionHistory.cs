namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.14 Sorted Revision History.</summary>
internal sealed class SortedRevisionHistory : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.14";

    /// <inheritdoc/>
    public override string Name => "Sorted Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var sorted = RevisionHistory.ByDate(context.Document);
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, _) = sorted[i - 1];
            var (current, index) = sorted[i];
            if (previous.Number is { } before && current.Number is { } after && after.CompareTo(before) < 0)
            {
                yield return Hit($"/document/tracking/revision_history/{index}/number", $"version {after} is dated after version {before} but is lower");
            }
        }
    }
}
