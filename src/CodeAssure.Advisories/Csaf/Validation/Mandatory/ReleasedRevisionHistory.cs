namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.18 Released Revision History.</summary>
internal sealed class ReleasedRevisionHistory : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.18";

    /// <inheritdoc/>
    public override string Name => "Released Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.Status is not ("final" or "interim"))
        {
            yield break;
        }

        foreach (var (revision, i) in tracking.RevisionHistory.Select((r, i) => (r, i)))
        {
            if (revision.Number is { IsZero: true } number)
            {
                yield return Hit($"/document/tracking/revision_history/{i}/number", $"version {number} is a draft version but the document is {tracking.Status}");
            }
        }
    }
}
