namespace CodeAssure.Advisories.Csaf.Validation.Mandatory;

/// <summary>CSAF 2.0 §6.1.19 Revision History Entries for Pre-release Versions.</summary>
internal sealed class PreReleaseRevisionHistoryEntry : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.1.19";

    /// <inheritdoc/>
    public override string Name => "Revision History Entries for Pre-release Versions";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        foreach (var (revision, i) in context.Document.Document.Tracking.RevisionHistory.Select((r, i) => (r, i)))
        {
            if (revision.Number is { PreRelease: not null } number)
            {
                yield return Hit($"/document/tracking/revision_history/{i}/number", $"version {number} has a pre-release part");
            }
        }
    }
}
