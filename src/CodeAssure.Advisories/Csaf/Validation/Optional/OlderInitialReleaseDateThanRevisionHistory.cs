namespace CodeAssure.Advisories.Csaf.Validation.Optional;

/// <summary>CSAF 2.0 §6.2.5 Older Initial Release Date than Revision History.</summary>
internal sealed class OlderInitialReleaseDateThanRevisionHistory : CsafTest
{
    /// <inheritdoc/>
    public override string Id => "6.2.5";

    /// <inheritdoc/>
    public override string Name => "Older Initial Release Date than Revision History";

    /// <inheritdoc/>
    public override IEnumerable<CsafFinding> Run(CsafTestContext context)
    {
        var tracking = context.Document.Document.Tracking;
        if (tracking.RevisionHistory.Count > 0 && tracking.InitialReleaseDate < tracking.RevisionHistory.Min(r => r.Date))
        {
            yield return Hit("/document/tracking/initial_release_date", "the initial release date is older than the oldest revision");
        }
    }
}
